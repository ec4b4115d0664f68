namespace Workflows.Orchestration.Views;

/// <summary>
/// Wakes whoever waits in this process for an instance's view to change: when the worker runs in the web app's
/// process (locally, in tests), a page waiting for the outcome of an event learns of it the moment the view is written
/// instead of reading the view again and again. Views written by another process are still found by reading.
/// </summary>
/// <remarks>Thread-safe. An instance nobody waits for costs nothing; the last waiter to leave removes its entry.</remarks>
public sealed class ViewChanges
{
    private readonly Dictionary<string, Waiting> _waiting = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>Starts watching an instance: take it before reading the view, wait on it after.</summary>
    public ViewWatch Watch(string instanceId)
    {
        lock (_lock)
        {
            if (!_waiting.TryGetValue(instanceId, out var waiting))
            {
                waiting = new Waiting();
                _waiting[instanceId] = waiting;
            }

            waiting.Count++;
            return new ViewWatch(() => Leave(instanceId, waiting), waiting.Changed.Task);
        }
    }

    /// <summary>Says that an instance's view was written.</summary>
    public void Changed(string instanceId)
    {
        Waiting? waiting;
        lock (_lock)
        {
            if (!_waiting.Remove(instanceId, out waiting))
            {
                return;
            }
        }

        waiting.Changed.TrySetResult();
    }

    private void Leave(string instanceId, Waiting waiting)
    {
        lock (_lock)
        {
            if (--waiting.Count == 0 && _waiting.TryGetValue(instanceId, out var current) && current == waiting)
            {
                _waiting.Remove(instanceId);
            }
        }
    }

    private sealed class Waiting
    {
        public TaskCompletionSource Changed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Count { get; set; }
    }
}
