using Workflows.Engine;
using Workflows.Engine.Tests.Sample;

namespace Workflows.Engine.Tests.Storage;

/// <summary><see cref="WorkflowClient.FireTimerAsync"/>: one pending timer, only when due, once.</summary>
public sealed class FireTimerTests : IAsyncLifetime
{
    private EngineFixture _f = null!;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));

    public async Task InitializeAsync() => _f = await EngineFixture.StartAsync();

    public async Task DisposeAsync()
    {
        await _f.DisposeAsync();
        _timeout.Dispose();
    }

    private CancellationToken Ct => _timeout.Token;

    [Fact]
    public async Task Given_a_timer_not_yet_due_then_it_is_not_fired_and_when_due_it_fires_once()
    {
        var id = (await _f.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Idea", "o@example.org"), Ct)).InstanceId;

        var early = await _f.Client.FireTimerAsync(id, "reminder", Ct);
        _f.Clock.Advance(TicketWorkflow.ReminderAfter);
        var due = await _f.Client.FireTimerAsync(id, "reminder", Ct);
        var again = await _f.Client.FireTimerAsync(id, "reminder", Ct);

        Assert.False(early);
        Assert.True(due);
        Assert.False(again);
        var status = (await _f.Client.GetInstanceAsync(id, true, Ct))!;
        var fired = Assert.Single(status.History!, h => h.Kind == "TimerFired");
        Assert.Equal(_f.Clock.GetUtcNow(), fired.Timestamp);
        Assert.Empty(status.Timers);
    }

    [Fact]
    public async Task Given_an_unknown_instance_or_timer_then_nothing_fires()
    {
        var id = (await _f.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Idea", "o@example.org"), Ct)).InstanceId;
        _f.Clock.Advance(TimeSpan.FromDays(2));

        Assert.False(await _f.Client.FireTimerAsync(id, "no-such-timer", Ct));
        Assert.False(await _f.Client.FireTimerAsync(InstanceId.New(), "reminder", Ct));
    }
}
