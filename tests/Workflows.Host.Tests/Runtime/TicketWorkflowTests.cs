using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace Workflows.Host.Tests.Runtime;

/// <summary>The decider contract on the sample workflow: pure, given state / when message / then state + effects.</summary>
public sealed class TicketWorkflowTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly TicketWorkflow _workflow = new();
    private DecisionContext Context => new(InstanceId.New(), _clock.GetUtcNow());

    [Fact]
    public void Start_sends_the_opening_mail_and_schedules_the_reminder_a_day_later()
    {
        var d = _workflow.Start(new TicketInput("Brevetto", "a@example.org"), Context);

        Assert.Equal("Open", d.CustomStatus);
        var mail = Assert.IsType<SendEmail>(d.Effects[0]);
        Assert.Equal("ticket-opened", mail.Template);
        var timer = Assert.IsType<ScheduleTimer>(d.Effects[1]);
        Assert.Equal(_clock.GetUtcNow().AddDays(1), timer.DueAt);
    }

    [Fact]
    public void Start_without_a_title_is_rejected()
    {
        var d = _workflow.Start(new TicketInput(" ", "a@example.org"), Context);
        Assert.True(d.IsRejected);
    }

    [Fact]
    public void Reminder_timer_marks_reminded_and_mails()
    {
        var state = new TicketState("t", "o@example.org", 0, false, 1);
        _clock.Advance(TimeSpan.FromDays(1));
        var d = _workflow.Decide(state, new TimerFired("reminder", _clock.GetUtcNow()), Context);

        Assert.True(d.State.Reminded);
        Assert.Equal("Reminded", d.CustomStatus);
        Assert.Equal("ticket-reminder", Assert.IsType<SendEmail>(Assert.Single(d.Effects)).Template);
    }

    [Fact]
    public void Close_cancels_the_reminder_and_completes()
    {
        var d = _workflow.Decide(new TicketState("t", "o", 0, false, 1), new EventRaised("Close", default), Context);

        Assert.Contains(d.Effects, e => e is CancelTimer { Name: "reminder" });
        Assert.Equal(RuntimeStatus.Completed, d.Completion?.Status);
    }

    [Fact]
    public void Unknown_event_is_rejected()
    {
        var d = _workflow.Decide(new TicketState("t", "o", 0, false, 1), new EventRaised("Nope", default), Context);
        Assert.True(d.IsRejected);
    }

    [Fact]
    public void The_untyped_face_round_trips_state_as_json()
    {
        IWorkflow untyped = _workflow;
        var start = untyped.Start(WorkflowJson.ToElement(new TicketInput("t", "o")), Context);
        var next = untyped.Decide(1, start.State, new EventRaised("Increment", default), Context);

        Assert.Equal(1, next.State.GetProperty("count").GetInt32());
        Assert.Equal(JsonValueKind.Object, next.State.ValueKind);
    }
}
