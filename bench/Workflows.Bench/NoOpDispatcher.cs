using System.Collections.Concurrent;
using System.Diagnostics;
using Workflows.Steps;

namespace Workflows.Bench;

/// <summary>
/// Accepts every e-mail at once (no provider), counts them and tells a waiting client when the next e-mail of its
/// instance was handed over, with the <see cref="Stopwatch"/> timestamp of the hand-over.
/// </summary>
internal sealed class NoOpDispatcher : IOutboxDispatcher
{
    private readonly ConcurrentDictionary<InstanceId, TaskCompletionSource<long>> _waiters = new();
    private long _dispatched;

    public long Dispatched => Interlocked.Read(ref _dispatched);

    /// <summary>Registers interest in the next e-mail of <paramref name="id"/> (before raising the event).</summary>
    public Task<long> NextDispatchOf(InstanceId id)
    {
        var waiter = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiters[id] = waiter;
        return waiter.Task;
    }

    public Task<string?> DispatchAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var at = Stopwatch.GetTimestamp();
        Interlocked.Increment(ref _dispatched);
        if (_waiters.TryRemove(item.InstanceId, out var waiter))
        {
            waiter.TrySetResult(at);
        }

        return Task.FromResult<string?>(null);
    }
}
