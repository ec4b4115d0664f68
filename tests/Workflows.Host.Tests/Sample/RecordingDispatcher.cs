using System.Collections.Concurrent;
using Workflows.Steps;

namespace Workflows.Host.Tests.Sample;

/// <summary>
/// Shared by the engine and host tests (linked into Workflows.Host.Tests).
/// An outbox port that records what it was asked to send; can fail on demand like a provider.
/// </summary>
public sealed class RecordingDispatcher : IOutboxDispatcher
{
    public ConcurrentQueue<OutboxItem> Sent { get; } = new();

    /// <summary>Returns an exception to throw for an item, or null to accept it.</summary>
    public Func<OutboxItem, Exception?>? Fail { get; set; }

    public Task<string?> DispatchAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        if (Fail?.Invoke(item) is { } ex)
        {
            throw ex;
        }

        Sent.Enqueue(item);
        return Task.FromResult<string?>("msg-" + item.Id);
    }

    public int Count(string template) => Sent.Count(s => s.Email.Template == template);

    public IReadOnlyList<OutboxItem> For(InstanceId id) => [.. Sent.Where(s => s.InstanceId == id)];
}
