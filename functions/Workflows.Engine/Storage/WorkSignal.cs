namespace Workflows.Engine.Storage;

/// <summary>
/// Tells the local queue listener that this process has just enqueued work that is visible at once, so it
/// receives it now instead of at the end of its idle back-off. Work from other processes is still found by polling.
/// </summary>
internal sealed class WorkSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Notify"/>. Take it before looking at the queue, so no notice is missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Notify() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
