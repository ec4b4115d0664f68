using Workflows.Engine;
using Workflows.Engine.Tests.Sample;

namespace Workflows.Engine.Tests.Storage;

/// <summary><see cref="WorkflowClient.FireTimerAsync"/>: one pending timer, only when due, once.</summary>
public sealed class FireTimerTests() : EngineTest(60)
{
    [Fact]
    public async Task Given_a_timer_not_yet_due_then_it_is_not_fired_and_when_due_it_fires_once()
    {
        var id = (await F.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Idea", "o@example.org"), Ct)).InstanceId;

        var early = await F.Client.FireTimerAsync(id, "reminder", Ct);
        F.Clock.Advance(TicketWorkflow.ReminderAfter);
        var due = await F.Client.FireTimerAsync(id, "reminder", Ct);
        var again = await F.Client.FireTimerAsync(id, "reminder", Ct);

        Assert.False(early);
        Assert.True(due);
        Assert.False(again);
        var status = (await F.Client.GetInstanceAsync(id, true, Ct))!;
        var fired = Assert.Single(status.History!, h => h.Kind == "TimerFired");
        Assert.Equal(F.Clock.GetUtcNow(), fired.Timestamp);
        Assert.Empty(status.Timers);
    }

    [Fact]
    public async Task Given_an_unknown_instance_or_timer_then_nothing_fires()
    {
        var id = (await F.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Idea", "o@example.org"), Ct)).InstanceId;
        F.Clock.Advance(TimeSpan.FromDays(2));

        Assert.False(await F.Client.FireTimerAsync(id, "no-such-timer", Ct));
        Assert.False(await F.Client.FireTimerAsync(InstanceId.New(), "reminder", Ct));
    }
}
