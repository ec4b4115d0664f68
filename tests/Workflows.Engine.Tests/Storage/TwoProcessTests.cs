using Workflows.Engine;
using Workflows.Engine.Storage;
using Workflows.Engine.Tests.Sample;

namespace Workflows.Engine.Tests.Storage;

/// <summary>
/// Two engines on the same tables, as two processes of a scaled-out deployment. Each keeps the snapshots it
/// committed in memory; these tests prove that a cached snapshot never loses another process's change and never
/// turns into a wrong refusal.
/// </summary>
public sealed class TwoProcessTests : IAsyncLifetime
{
    private EngineFixture _a = null!;
    private EngineFixture _b = null!;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));

    public async Task InitializeAsync()
    {
        _a = await EngineFixture.StartAsync();
        _b = await EngineFixture.StartAsync(sharing: _a);
    }

    public async Task DisposeAsync()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
        _timeout.Dispose();
    }

    private CancellationToken Ct => _timeout.Token;

    private async Task<InstanceId> StartOnAAsync() =>
        (await _a.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Idea", "o@example.org"), Ct)).InstanceId;

    private async Task<int> CountAsync(InstanceId id) =>
        (await _a.Client.GetInstanceAsync(id, false, Ct))!.State!.Value.GetProperty("count").GetInt32();

    [Fact]
    public async Task Events_applied_by_another_process_are_never_overwritten_by_a_cached_snapshot()
    {
        var id = await StartOnAAsync();
        await _a.Client.RaiseEventAsync(id, "Increment", null, null, Ct); // A now holds its own commit in memory

        await _b.Client.RaiseEventAsync(id, "Increment", null, null, Ct);
        await _b.Client.RaiseEventAsync(id, "Increment", null, null, Ct);
        var result = await _a.Client.RaiseEventAsync(id, "Increment", null, null, Ct);

        Assert.Equal(EventOutcome.Applied, result.Outcome);
        Assert.Equal(4, await CountAsync(id));
        Assert.Equal(5, (await _a.Client.GetInstanceAsync(id, false, Ct))!.HistoryLength);
    }

    [Fact]
    public async Task A_refusal_is_decided_on_the_stored_instance_not_on_a_stale_cached_one()
    {
        var id = await StartOnAAsync();
        await _a.Client.SuspendAsync(id, "verifica", Ct); // A remembers "suspended"
        await _b.Client.ResumeAsync(id, "ripresa", Ct);

        var result = await _a.Client.RaiseEventAsync(id, "Increment", null, null, Ct);

        Assert.Equal(EventOutcome.Applied, result.Outcome);
        Assert.Equal(1, await CountAsync(id));
    }

    [Fact]
    public async Task A_timer_rescheduled_by_another_process_still_fires_here()
    {
        var id = await StartOnAAsync(); // A remembers the first reminder
        await _b.Client.RaiseEventAsync(id, "Snooze", 2, null, Ct);
        var status = await _b.Client.GetInstanceAsync(id, true, Ct);
        var timer = Assert.Single(status!.Timers);
        var generation = status.History!.Last(h => h.Name == "Snooze").Sequence;

        _a.Clock.Advance(TimeSpan.FromDays(3));
        var message = WorkItem.ForTimer(id, "reminder", new TimerEntry(timer.DueAt, generation)).ToJson();
        await _a.Processor.HandleAsync(message, 1, Ct);

        var after = await _a.Client.GetInstanceAsync(id, true, Ct);
        Assert.Equal(1, after!.History!.Count(h => h.Kind == "TimerFired"));
        Assert.Equal("Reminded", after.CustomStatus);
        Assert.Empty(after.Timers);
    }
}
