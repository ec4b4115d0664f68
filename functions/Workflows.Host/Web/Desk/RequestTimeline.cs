using System.Text.Json;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Steps;
using RuntimeTimelineEntry = Workflows.Host.Runtime.TimelineEntry;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Desk;

/// <summary>
/// The history summary the desk and the partner see, in business terms: who had the request, declines, questions and
/// answers, the outcome and the surveys come from the request's state (with the partners' names); acceptance,
/// convocation, confirmation, reminders and deadlines come from the engine's history of applied events.
/// </summary>
public static class RequestTimeline
{
    /// <summary>The entries of the request, oldest first, the current step last, in the page's language.</summary>
    public static IReadOnlyList<TimelineEntry> Of(DeskRequestState state, IReadOnlyList<RuntimeTimelineEntry>? history, NetworkDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(directory);
        string PartnerName(string id) => state.FindPartner(id)?.Name ?? directory.FindPartner(id)?.Name ?? id;
        var events = history ?? [];

        // Entries read from the state take the sequence of the history event that made them, so that entries of one
        // instant (a decline and the rerouting it causes, a timer and the step it ends) keep the order they happened in.
        long SequenceOf(DateTimeOffset at, params string[] names) =>
            events.Where(e => e.Timestamp == at && (names.Contains(e.Name) || names.Contains(e.Kind)))
                .Select(e => e.Sequence)
                .DefaultIfEmpty(0)
                .Min();

        var entries = new List<(TimelineEntry Entry, long Sequence)>
        {
            (new(state.SubmittedAt, Texts.HistoryFiled(state.Desk.Name)), SequenceOf(state.SubmittedAt, "Started")),
        };
        foreach (var d in state.Declines)
        {
            entries.Add((new(d.At, Texts.HistoryDeclined(PartnerName(d.PartnerId)), d.Reason), SequenceOf(d.At, DeskRequestEvents.PartnerDeclined)));
        }

        foreach (var a in state.Assignments)
        {
            entries.Add((
                new(a.At, Texts.HistoryAssigned(a.Reason, PartnerName(a.PartnerId)), a.Note),
                SequenceOf(a.At, "Started", DeskRequestEvents.PartnerDeclined, DeskRequestEvents.PartnerReferred, DeskRequestEvents.Reassign, DeskRequestEvents.TriageAssign)));
        }

        foreach (var exchange in state.InfoExchanges)
        {
            entries.Add((
                new(exchange.AskedAt, Texts.HistoryQuestion(PartnerName(exchange.PartnerId)), exchange.Question),
                SequenceOf(exchange.AskedAt, DeskRequestEvents.PartnerAskedInfo)));
            if (exchange.AnsweredAt is { } answeredAt)
            {
                entries.Add((new(answeredAt, Texts.HistoryAnswer, exchange.Answer), SequenceOf(answeredAt, DeskRequestEvents.InfoAnswered)));
            }
        }

        if (state.Outcome is { } outcome && state.OutcomeRecordedAt is { } recordedAt)
        {
            entries.Add((new(recordedAt, Texts.HistoryOutcome(outcome), state.OutcomeNotes), SequenceOf(recordedAt, DeskRequestEvents.OutcomeRecorded)));
        }

        foreach (var r in state.SurveyResponses)
        {
            entries.Add((new(r.At, Texts.HistorySurvey(r.Round, r.Progress, r.Satisfaction), r.Comment), SequenceOf(r.At, DeskRequestEvents.SurveyAnswered)));
        }

        foreach (var e in events)
        {
            if (Describe(e) is { } title)
            {
                entries.Add((new TimelineEntry(e.Timestamp, title, Detail(e)), e.Sequence));
            }
        }

        // Stable sort: entries of the same instant and event keep the order they were added in.
        var ordered = entries.OrderBy(e => e.Entry.At).ThenBy(e => e.Sequence).Select(e => e.Entry).ToList();
        ordered.Add(state.Step.IsTerminal()
            ? new TimelineEntry(state.StepEnteredAt, Texts.HistoryEnded(state.Step), state.Step == DeskRequestStep.Withdrawn ? state.WithdrawalReason : null)
            : new TimelineEntry(state.StepEnteredAt, Texts.HistoryStep(state.Step)));
        return ordered;
    }

    /// <summary>The line of a history event the state does not already tell; null for the others.</summary>
    private static string? Describe(RuntimeTimelineEntry e) => (e.Kind, e.Name) switch
    {
        ("EventRaised", DeskRequestEvents.PartnerAccepted) => Texts.HistoryAccepted,
        ("EventRaised", DeskRequestEvents.SlotsProposed) => Texts.HistorySlotsProposed,
        ("EventRaised", DeskRequestEvents.SlotConfirmed) => Texts.HistorySlotConfirmed,
        ("EventRaised", DeskRequestEvents.OtherSlotsRequested) => Texts.HistoryOtherSlots,
        ("EventRaised", DeskRequestEvents.MeetingCancelled) => Texts.HistoryMeetingCancelled,
        ("EventRaised", DeskRequestEvents.Remind) => Texts.HistoryRemindedByCoordinator,
        ("TimerFired", DeskRequestTimers.PartnerEscalation) => Texts.HistoryEscalated,
        ("TimerFired", DeskRequestTimers.ConvocationExpiry) => Texts.HistoryConvocationExpired,
        ("TimerFired", DeskRequestTimers.MeetingPassed) => Texts.HistoryMeetingPassed,
        ("TimerFired", DeskRequestTimers.InfoReminder or DeskRequestTimers.ConvocationReminder) => Texts.HistoryApplicantReminded,
        ("TimerFired", DeskRequestTimers.MeetingReminder48h or DeskRequestTimers.MeetingReminder24h) => Texts.HistoryMeetingReminder,
        ("TimerFired", DeskRequestTimers.TriageReminder) => Texts.HistoryTriageReminder,
        ("TimerFired", { } name) when name.StartsWith("partner-reminder-", StringComparison.Ordinal) => Texts.HistoryPartnerReminded,
        ("TimerFired", { } name) when name.StartsWith("survey-", StringComparison.Ordinal) => Texts.HistorySurveySent(name["survey-".Length..]),
        ("Suspended", _) => Texts.HistorySuspended,
        ("Resumed", _) => Texts.HistoryResumed,
        ("Terminated", _) => Texts.HistoryTerminated,
        _ => null,
    };

    /// <summary>The text a person wrote with the event (a note, a reason), if any.</summary>
    internal static string? Detail(RuntimeTimelineEntry e)
    {
        if (e.Payload is not { ValueKind: JsonValueKind.Object } payload)
        {
            return null;
        }

        foreach (var property in (string[])["note", "reason"])
        {
            if (payload.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
            {
                return value.GetString();
            }
        }

        return null;
    }
}
