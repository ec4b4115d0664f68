using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Workflows.Engine.Storage;

namespace Workflows.Engine.Tests;

/// <summary>The in-process timers' life cycle, without storage: a host may stop twice, or after its container went.</summary>
public sealed class InProcessTimersTests
{
    private static InProcessTimers Timers(FakeTimeProvider clock) =>
        new(clock, Options.Create(new WorkflowEngineOptions { RunLocalWorkers = true, InProcessTimerHorizon = TimeSpan.FromMinutes(5) }));

    [Fact]
    public async Task Stopping_after_the_container_disposed_them_or_twice_does_not_throw_and_nothing_fires()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var fired = 0;
        var disposedFirst = Timers(clock);
        disposedFirst.Bind((_, _) => { Interlocked.Increment(ref fired); return Task.CompletedTask; });
        await disposedFirst.StartAsync(CancellationToken.None);
        Assert.True(disposedFirst.TrySchedule(WorkItem.ForOutbox(InstanceId.New(), "0000000001-00"), TimeSpan.FromMinutes(1)));

        disposedFirst.Dispose();
        await disposedFirst.StopAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(2));

        var stoppedTwice = Timers(clock);
        await stoppedTwice.StartAsync(CancellationToken.None);
        await stoppedTwice.StopAsync(CancellationToken.None);
        await stoppedTwice.StopAsync(CancellationToken.None);
        stoppedTwice.Dispose();

        Assert.Equal(0, fired);
        Assert.Equal(0, disposedFirst.Count);
        Assert.False(stoppedTwice.TrySchedule(WorkItem.ForOutbox(InstanceId.New(), "0000000001-00"), TimeSpan.FromMinutes(1)));
    }
}
