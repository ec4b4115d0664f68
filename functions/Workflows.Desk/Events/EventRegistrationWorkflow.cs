using System.Text.Json;
using Workflows.Desk.Email;
using Workflows.Desk.Email.Models;
using Workflows.Desk.Model;
using Workflows.Desk.Steps;
using Workflows.Steps;

namespace Workflows.Desk.Events;

/// <summary>
/// Registration for a course or an information meeting: confirmation with the invite and a cancellation link, a reminder
/// 24 hours before, attendance recorded after the event. Same engine, same rules as the desk request: pure, step tokens,
/// timers cancelled with their step.
/// </summary>
public sealed class EventRegistrationWorkflow : Workflow<EventRegistrationInput, EventRegistrationState>
{
    /// <summary>The workflow type name.</summary>
    public const string WorkflowName = "EventRegistration";

    /// <inheritdoc />
    public override string Name => WorkflowName;

    /// <summary>The event's organiser: alerted when the registration cannot go on by itself.</summary>
    public override IReadOnlyList<string> Responsible(EventRegistrationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return [.. new[] { state.Registration.OrganizerEmail }.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim())];
    }

    /// <inheritdoc />
    public override Decision<EventRegistrationState> Start(EventRegistrationInput input, DecisionContext context)
    {
        if (Validate(input, context.Now) is { } problem)
        {
            return Decision.Reject<EventRegistrationState>(problem);
        }

        var state = new EventRegistrationState { Registration = input, RegisteredAt = context.Now, Step = EventRegistrationStep.Registered };
        var effects = new List<WorkflowEffect>();
        var timers = new List<ActiveTimer>();
        var reminder = input.Start.AddHours(-24);
        if (reminder > context.Now)
        {
            timers.Add(new ActiveTimer(EventRegistrationEvents.ReminderTimer, reminder));
        }

        timers.Add(new ActiveTimer(EventRegistrationEvents.EndedTimer, input.End));
        effects.AddRange(timers.Select(t => new ScheduleTimer(t.Name, t.DueAt)));
        state = state with { Timers = timers };
        effects.Add(Mail(state, EmailTemplates.EventRegistrationConfirmed, new EventRegistrationConfirmedEmail(
            input.RegistrationCode, input.RegistrantName, input.EventTitle, input.Start, input.End, input.Place, input.VideoUrl,
            input.OrganizerName, CancelLink(state), Invite(state, context, cancelled: false))));
        return Done(state, effects);
    }

    /// <inheritdoc />
    public override Decision<EventRegistrationState> Decide(EventRegistrationState state, WorkflowMessage message, DecisionContext context)
    {
        if (state.Step is not (EventRegistrationStep.Registered or EventRegistrationStep.AwaitingAttendance))
        {
            return Decision.Reject<EventRegistrationState>($"The registration is {state.Step}.");
        }

        try
        {
            return message switch
            {
                TimerFired timer => OnTimer(state, timer, context),
                EventRaised raised => OnEvent(state, raised, context),
                _ => Decision.Reject<EventRegistrationState>($"Unknown message '{message.Name}'."),
            };
        }
        catch (JsonException)
        {
            return Decision.Reject<EventRegistrationState>($"The payload of '{message.Name}' is not valid.");
        }
    }

    private static Decision<EventRegistrationState> OnEvent(EventRegistrationState state, EventRaised raised, DecisionContext context)
    {
        if (raised.Name == EventRegistrationEvents.EmailUndeliverable)
        {
            return OnUndeliverable(state, raised.PayloadAs<Requests.DeliveryFailure>() ?? throw new JsonException("Missing payload."), context);
        }

        var allowedIn = raised.Name switch
        {
            EventRegistrationEvents.RegistrationCancelled => EventRegistrationStep.Registered,
            EventRegistrationEvents.AttendanceRecorded => EventRegistrationStep.AwaitingAttendance,
            _ => (EventRegistrationStep?)null,
        };
        if (allowedIn is null)
        {
            return Decision.Reject<EventRegistrationState>($"Unknown event '{raised.Name}'.");
        }

        if (StepTokens.Read(raised.Payload) != state.StepToken)
        {
            return Decision.Reject<EventRegistrationState>($"'{raised.Name}' was issued for another step; the registration is now {state.Step}.");
        }

        if (state.Step != allowedIn)
        {
            return Decision.Reject<EventRegistrationState>($"'{raised.Name}' is not allowed while the registration is {state.Step}.");
        }

        var effects = new List<WorkflowEffect>();
        if (raised.Name == EventRegistrationEvents.AttendanceRecorded)
        {
            var record = raised.PayloadAs<AttendanceRecord>() ?? throw new JsonException("Missing payload.");
            var step = record.Attended ? EventRegistrationStep.Attended : EventRegistrationStep.Absent;
            state = MoveTo(state, step, effects);
            return Done(state, effects, new Completion(RuntimeStatus.Completed, record.Attended ? "attended" : "absent"));
        }

        var cancellation = raised.PayloadAs<RegistrationCancellation>() ?? throw new JsonException("Missing payload.");
        if (context.Now >= state.Registration.Start)
        {
            return Decision.Reject<EventRegistrationState>("The event has already started.");
        }

        state = MoveTo(state, EventRegistrationStep.Cancelled, effects) with
        {
            InviteSequence = state.InviteSequence + 1,
            CancellationReason = string.IsNullOrWhiteSpace(cancellation.Reason) ? null : cancellation.Reason.Trim(),
        };
        var r = state.Registration;
        effects.Add(Mail(state, EmailTemplates.EventRegistrationCancelled, new EventRegistrationCancelledEmail(
            r.RegistrationCode, r.RegistrantName, r.EventTitle, r.Start, Invite(state, context, cancelled: true))));
        return Done(state, effects, new Completion(RuntimeStatus.Completed, "cancelled"));
    }

    private static Decision<EventRegistrationState> OnTimer(EventRegistrationState state, TimerFired timer, DecisionContext context)
    {
        var pending = state.Timers.FirstOrDefault(t => t.Name == timer.Name && t.DueAt == timer.DueAt);
        if (pending is null)
        {
            return Decision.Reject<EventRegistrationState>($"Timer '{timer.Name}' is not pending.");
        }

        state = state with { Timers = [.. state.Timers.Where(t => t != pending)] };
        var effects = new List<WorkflowEffect>();
        var r = state.Registration;
        switch (timer.Name)
        {
            case EventRegistrationEvents.ReminderTimer:
                effects.Add(Mail(state, EmailTemplates.EventReminder, new EventReminderEmail(
                    r.RegistrationCode, r.RegistrantName, r.EventTitle, r.Start, r.End, r.Place, r.VideoUrl, r.OrganizerName, CancelLink(state))));
                return Done(state, effects);
            case EventRegistrationEvents.EndedTimer:
                state = MoveTo(state, EventRegistrationStep.AwaitingAttendance, effects);
                var due = context.Now.AddDays(EventRegistrationEvents.AttendanceWindowDays);
                effects.Add(new ScheduleTimer(EventRegistrationEvents.AttendanceTimeoutTimer, due));
                state = state with { Timers = [new ActiveTimer(EventRegistrationEvents.AttendanceTimeoutTimer, due)] };
                return Done(state, effects);
            case EventRegistrationEvents.AttendanceTimeoutTimer:
                state = MoveTo(state, EventRegistrationStep.AttendanceUnrecorded, effects);
                return Done(state, effects, new Completion(RuntimeStatus.Completed, "attendance-unrecorded"));
            default:
                return Decision.Reject<EventRegistrationState>($"Unknown timer '{timer.Name}'.");
        }
    }

    /// <summary>A provider's report or refusal: recorded, the organiser told; the step and its timers stay.</summary>
    private static Decision<EventRegistrationState> OnUndeliverable(EventRegistrationState state, Requests.DeliveryFailure failure, DecisionContext context)
    {
        if (string.IsNullOrWhiteSpace(failure.OutboxId) || !UndeliveredEmail.Kinds.Contains(failure.Kind))
        {
            return Decision.Reject<EventRegistrationState>("An undeliverable e-mail needs its outbox id and a known kind.");
        }

        if (state.Undelivered.Any(u => u.OutboxId == failure.OutboxId))
        {
            return Decision.Reject<EventRegistrationState>($"E-mail {failure.OutboxId} is already recorded as undeliverable.");
        }

        var r = state.Registration;
        state = state with { Undelivered = [.. state.Undelivered, new UndeliveredEmail(failure.OutboxId, failure.Kind, failure.Template, context.Now)] };
        List<WorkflowEffect> effects = [];
        if (!string.Equals(r.OrganizerEmail?.Trim(), failure.To?.Trim(), StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(r.OrganizerEmail))
        {
            effects.Add(SendEmail.Create(EmailTemplates.UndeliverableNotice, r.OrganizerEmail.Trim(), Cultures.Italian,
                new UndeliverableNoticeEmail(r.RegistrationCode, r.EventTitle, r.RegistrantEmail.Trim(), failure.Kind)));
        }

        return Done(state, effects);
    }

    private static EventRegistrationState MoveTo(EventRegistrationState state, EventRegistrationStep step, List<WorkflowEffect> effects)
    {
        effects.AddRange(state.Timers.Select(t => new CancelTimer(t.Name)));
        return state with { Step = step, StepNumber = state.StepNumber + 1, Timers = [] };
    }

    private static Decision<EventRegistrationState> Done(EventRegistrationState state, List<WorkflowEffect> effects, Completion? completion = null) => new()
    {
        State = state,
        Effects = effects,
        CustomStatus = state.Step.ToString(),
        Tags = new Dictionary<string, string> { ["event"] = state.Registration.EventId },
        Completion = completion,
    };

    private static SendEmail Mail<T>(EventRegistrationState state, string template, T model) =>
        SendEmail.Create(template, state.Registration.RegistrantEmail.Trim(), Cultures.Normalize(state.Registration.Culture), model);

    private static EmailActions CancelLink(EventRegistrationState state) =>
        new(state.StepToken, [EventRegistrationEvents.CancelAction], state.Registration.Start);

    private static ConvocationInvite Invite(EventRegistrationState state, DecisionContext context, bool cancelled)
    {
        var r = state.Registration;
        var english = Cultures.IsEnglish(r.Culture);
        return new ConvocationInvite(
            $"{context.InstanceId.Value}.event@innovation-desk",
            state.InviteSequence,
            cancelled,
            r.Start,
            r.End,
            r.EventTitle,
            english ? $"Registration {r.RegistrationCode} – {r.OrganizerName}" : $"Iscrizione {r.RegistrationCode} – {r.OrganizerName}",
            r.Place,
            r.VideoUrl,
            r.OrganizerName,
            r.OrganizerEmail,
            r.RegistrantEmail.Trim());
    }

    private static string? Validate(EventRegistrationInput? input, DateTimeOffset now)
    {
        if (input is null)
        {
            return "The registration is missing.";
        }

        if (string.IsNullOrWhiteSpace(input.RegistrationCode) || string.IsNullOrWhiteSpace(input.EventTitle)
            || string.IsNullOrWhiteSpace(input.EventId) || input.EventId.Length > 100 || input.RegistrationCode.Length > 100)
        {
            return "The registration code, the event id (at most 100 characters) and the event title are required.";
        }

        if (input.End <= input.Start)
        {
            return "The event must end after it starts.";
        }

        if (input.Start <= now)
        {
            return "The event has already started.";
        }

        if (string.IsNullOrWhiteSpace(input.Place) && !IsWebUrl(input.VideoUrl))
        {
            return "The event needs a place or an http(s) video link.";
        }

        return input.RegistrantEmail?.Contains('@', StringComparison.Ordinal) != true || string.IsNullOrWhiteSpace(input.RegistrantName)
            ? "The registrant's name and e-mail are required."
            : null;
    }

    private static bool IsWebUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
