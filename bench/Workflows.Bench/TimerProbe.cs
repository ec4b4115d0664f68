using System.Collections.Concurrent;
using Workflows.Steps;

namespace Workflows.Bench;

/// <summary>
/// Notes when the decider first acted on each reminder timer: the wall clock (<see cref="TimeProvider.System"/>)
/// minus the timer's due time, and the orchestration's own time (the decision's <c>Now</c>) minus the due time.
/// Replays decide the same timer again later; only the first decision counts.
/// </summary>
internal sealed class TimerProbe
{
    private readonly ConcurrentDictionary<(InstanceId, string), (double WallMs, double OrchestrationMs)> _fired = new();

    public int Count => _fired.Count;

    public void Fired(InstanceId instance, string timer, DateTimeOffset due, DateTimeOffset orchestrationNow)
    {
        var wall = TimeProvider.System.GetUtcNow();
        _fired.TryAdd((instance, timer), ((wall - due).TotalMilliseconds, (orchestrationNow - due).TotalMilliseconds));
    }

    public (double WallMs, double OrchestrationMs)[] Snapshot() => [.. _fired.Values];
}
