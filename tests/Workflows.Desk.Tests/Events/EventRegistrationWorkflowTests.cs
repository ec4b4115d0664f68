using Microsoft.Extensions.Time.Testing;
using Workflows.Desk.Email;
using Workflows.Desk.Email.Models;
using Workflows.Desk.Events;
using Workflows.Desk.Tests.Requests;
using Workflows.Steps;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Events;

public sealed class EventRegistrationWorkflowTests
{
    private static readonly InstanceId Id = InstanceId.FromIdempotencyKey(EventRegistrationWorkflow.WorkflowName, "EV-2026-0007");
    private readonly EventRegistrationWorkflow _workflow = new();
    private readonly FakeTimeProvider _clock = new(Rome(2026, 3, 2, 9));

    private static EventRegistrationInput Input(string culture = "it") => new(
        "EV-2026-0007",
        "bandi-energia-2026",
        "Bandi per la transizione energetica: incontro informativo",
        Rome(2026, 3, 12, 17),
        Rome(2026, 3, 12, 19),
        "Sala consiliare, Piazza Municipio 1, Borgofranco d'Ivrea",
        null,
        "API Torino",
        "eventi@apito.example",
        "Anna Bianchi",
        "anna.bianchi@example.org",
        culture);

    private DecisionContext Context => new(Id, _clock.GetUtcNow());

    private Decision<EventRegistrationState> Decide(EventRegistrationState state, WorkflowMessage message) =>
        _workflow.Decide(state, message, Context);

    private Decision<EventRegistrationState> Fire(EventRegistrationState state, string name)
    {
        var timer = state.Timers.Single(t => t.Name == name);
        _clock.SetUtcNow(timer.DueAt);
        return Decide(state, new TimerFired(name, timer.DueAt));
    }

    [Fact]
    public void Given_a_registration_then_it_is_confirmed_with_an_invite_a_cancel_link_a_reminder_and_the_end_timer()
    {
        var d = _workflow.Start(Input(), Context);

        Assert.Equal("Registered", d.CustomStatus);
        Assert.Equal("bandi-energia-2026", d.Tags!["event"]);
        var mail = d.Mail(EmailTemplates.EventRegistrationConfirmed);
        Assert.Equal("anna.bianchi@example.org", mail.To);
        Assert.Equal("it", mail.Culture);
        var invite = mail.Invite();
        Assert.Equal(0, invite.Sequence);
        Assert.False(invite.Cancelled);
        Assert.Equal($"{Id.Value}.event@innovation-desk", invite.Uid);
        Assert.Equal("Sala consiliare, Piazza Municipio 1, Borgofranco d'Ivrea", invite.Location);
        Assert.Equal([EventRegistrationEvents.CancelAction], mail.Links().Actions);
        Assert.Equal("s0", mail.Links().Step);
        Assert.Equal(Rome(2026, 3, 11, 17), d.Scheduled(EventRegistrationEvents.ReminderTimer).DueAt);
        Assert.Equal(Rome(2026, 3, 12, 19), d.Scheduled(EventRegistrationEvents.EndedTimer).DueAt);
    }

    [Fact]
    public void Given_an_event_tomorrow_when_registering_then_no_reminder_is_scheduled()
    {
        var d = _workflow.Start(Input() with { Start = Rome(2026, 3, 3, 8), End = Rome(2026, 3, 3, 10) }, Context);

        Assert.DoesNotContain(d.Scheduled(), t => t.Name == EventRegistrationEvents.ReminderTimer);
    }

    [Theory]
    [InlineData("ends before it starts")]
    [InlineData("already started")]
    [InlineData("no place nor link")]
    [InlineData("no e-mail")]
    public void Given_an_invalid_registration_then_it_is_rejected(string why)
    {
        var input = why switch
        {
            "ends before it starts" => Input() with { End = Rome(2026, 3, 12, 16) },
            "already started" => Input() with { Start = Rome(2026, 3, 2, 8) },
            "no place nor link" => Input() with { Place = null, VideoUrl = "ftp://x" },
            _ => Input() with { RegistrantEmail = "anna" },
        };

        Assert.True(_workflow.Start(input, Context).IsRejected, why);
    }

    [Fact]
    public void Given_a_registration_when_the_reminder_comes_due_then_the_registrant_is_reminded_with_the_cancel_link()
    {
        var state = _workflow.Start(Input("en"), Context).State;

        var d = Fire(state, EventRegistrationEvents.ReminderTimer);

        var mail = d.Mail(EmailTemplates.EventReminder);
        Assert.Equal("en", mail.Culture);
        Assert.Equal([EventRegistrationEvents.CancelAction], mail.Links().Actions);
        Assert.Equal("Registered", d.CustomStatus);
        Assert.Equal([EventRegistrationEvents.EndedTimer], d.State.Timers.Select(t => t.Name));
    }

    [Fact]
    public void Given_a_registration_when_the_registrant_cancels_then_a_CANCEL_invite_goes_out_and_it_completes_cancelled()
    {
        var state = _workflow.Start(Input(), Context).State;
        _clock.Advance(TimeSpan.FromDays(2));

        var d = Decide(state, new EventRaised(EventRegistrationEvents.RegistrationCancelled, WorkflowJson.ToElement(new RegistrationCancellation("s0", "Impegno di lavoro"))));

        Assert.False(d.IsRejected, d.Rejection);
        Assert.Equal("Cancelled", d.CustomStatus);
        Assert.Equal(new Completion(RuntimeStatus.Completed, "cancelled"), d.Completion);
        Assert.Equal([EventRegistrationEvents.ReminderTimer, EventRegistrationEvents.EndedTimer], d.Cancelled());
        var invite = d.Mail(EmailTemplates.EventRegistrationCancelled).Invite();
        Assert.True(invite.Cancelled);
        Assert.Equal(1, invite.Sequence);
        Assert.Equal("Impegno di lavoro", d.State.CancellationReason);
    }

    [Fact]
    public void Given_an_event_that_has_started_when_the_registrant_cancels_then_it_is_rejected()
    {
        var state = _workflow.Start(Input(), Context).State;
        _clock.SetUtcNow(Rome(2026, 3, 12, 17, 30));

        var d = Decide(state, new EventRaised(EventRegistrationEvents.RegistrationCancelled, WorkflowJson.ToElement(new RegistrationCancellation("s0"))));

        Assert.True(d.IsRejected);
    }

    [Theory]
    [InlineData(true, "Attended", "attended")]
    [InlineData(false, "Absent", "absent")]
    public void Given_the_event_ended_when_attendance_is_recorded_then_it_completes(bool attended, string status, string output)
    {
        var state = _workflow.Start(Input(), Context).State;
        state = Fire(state, EventRegistrationEvents.EndedTimer).State;
        Assert.Equal(EventRegistrationStep.AwaitingAttendance, state.Step);
        Assert.Equal([EventRegistrationEvents.AttendanceTimeoutTimer], state.Timers.Select(t => t.Name));

        var stale = Decide(state, new EventRaised(EventRegistrationEvents.AttendanceRecorded, WorkflowJson.ToElement(new AttendanceRecord("s0", attended))));
        var d = Decide(state, new EventRaised(EventRegistrationEvents.AttendanceRecorded, WorkflowJson.ToElement(new AttendanceRecord("s1", attended))));

        Assert.True(stale.IsRejected);
        Assert.Equal(status, d.CustomStatus);
        Assert.Equal(new Completion(RuntimeStatus.Completed, output), d.Completion);
        Assert.Equal([EventRegistrationEvents.AttendanceTimeoutTimer], d.Cancelled());
    }

    [Fact]
    public void Given_the_event_ended_when_nobody_records_attendance_for_30_days_then_it_completes_unrecorded()
    {
        var state = _workflow.Start(Input(), Context).State;
        state = Fire(state, EventRegistrationEvents.EndedTimer).State;

        var d = Fire(state, EventRegistrationEvents.AttendanceTimeoutTimer);

        Assert.Equal(Rome(2026, 4, 11, 20), _clock.GetUtcNow());
        Assert.Equal(new Completion(RuntimeStatus.Completed, "attendance-unrecorded"), d.Completion);
    }

    [Fact]
    public void Given_a_registration_then_cancelling_after_the_end_or_recording_before_it_is_not_allowed()
    {
        var registered = _workflow.Start(Input(), Context).State;
        var ended = Fire(registered, EventRegistrationEvents.EndedTimer).State;

        Assert.True(Decide(registered, new EventRaised(EventRegistrationEvents.AttendanceRecorded, WorkflowJson.ToElement(new AttendanceRecord("s0", true)))).IsRejected);
        Assert.True(Decide(ended, new EventRaised(EventRegistrationEvents.RegistrationCancelled, WorkflowJson.ToElement(new RegistrationCancellation("s1")))).IsRejected);
        Assert.True(Decide(ended, new EventRaised("Dance", WorkflowJson.ToElement(new RegistrationCancellation("s1")))).IsRejected);
        Assert.True(Decide(registered, new TimerFired(EventRegistrationEvents.AttendanceTimeoutTimer, Rome(2026, 4, 1))).IsRejected);
    }

    [Theory]
    [InlineData("refused")]
    [InlineData("exhausted")]
    [InlineData("bounced")]
    public void Given_the_registrants_email_failed_then_it_is_recorded_the_organiser_told_and_the_step_and_timers_stay(string kind)
    {
        var state = _workflow.Start(Input(), Context).State;

        var d = Decide(state, new EventRaised(EventRegistrationEvents.EmailUndeliverable, WorkflowJson.ToElement(
            new Workflows.Desk.Requests.DeliveryFailure("0001", kind, "anna.bianchi@example.org", EmailTemplates.EventRegistrationConfirmed))));

        Assert.False(d.IsRejected, d.Rejection);
        Assert.Equal("Registered", d.CustomStatus);
        Assert.Equal(state.Timers, d.State.Timers);
        Assert.Empty(d.Scheduled());
        Assert.Empty(d.Cancelled());
        var failure = Assert.Single(d.State.Undelivered);
        Assert.Equal(("0001", kind, EmailTemplates.EventRegistrationConfirmed), (failure.OutboxId, failure.Kind, failure.Template));
        var notice = d.Mail(EmailTemplates.UndeliverableNotice);
        Assert.Equal("eventi@apito.example", notice.To);
        var model = notice.ModelAs<UndeliverableNoticeEmail>();
        Assert.Equal(("EV-2026-0007", "anna.bianchi@example.org", kind), (model.RequestCode, model.Address, model.Kind));

        // The same report twice changes nothing; an unknown kind is refused.
        Assert.True(Decide(d.State, new EventRaised(EventRegistrationEvents.EmailUndeliverable, WorkflowJson.ToElement(new Workflows.Desk.Requests.DeliveryFailure("0001", kind)))).IsRejected);
        Assert.True(Decide(d.State, new EventRaised(EventRegistrationEvents.EmailUndeliverable, WorkflowJson.ToElement(new Workflows.Desk.Requests.DeliveryFailure("0002", "lost")))).IsRejected);
    }
}
