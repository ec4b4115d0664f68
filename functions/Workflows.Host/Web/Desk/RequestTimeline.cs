using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Desk;

/// <summary>
/// The history summary the desk and the partner see, read from the request's state (assignments, declines,
/// questions and answers, outcome, surveys) rather than from the engine's technical events.
/// </summary>
public static class RequestTimeline
{
    /// <summary>The entries of <paramref name="state"/>, oldest first, in the page's language.</summary>
    public static IReadOnlyList<TimelineEntry> Of(DeskRequestState state, NetworkDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(state);
        string PartnerName(string id) => state.FindPartner(id)?.Name ?? directory.FindPartner(id)?.Name ?? id;

        var entries = new List<TimelineEntry> { new(state.SubmittedAt, Texts.HistoryFiled(state.Desk.Name)) };
        entries.AddRange(state.Assignments.Select(a => new TimelineEntry(a.At, Texts.HistoryAssigned(a.Reason, PartnerName(a.PartnerId)), a.Note)));
        entries.AddRange(state.Declines.Select(d => new TimelineEntry(d.At, Texts.HistoryDeclined(PartnerName(d.PartnerId)), d.Reason)));
        foreach (var exchange in state.InfoExchanges)
        {
            entries.Add(new TimelineEntry(exchange.AskedAt, Texts.HistoryQuestion(PartnerName(exchange.PartnerId)), exchange.Question));
            if (exchange.AnsweredAt is { } answeredAt)
            {
                entries.Add(new TimelineEntry(answeredAt, Texts.HistoryAnswer, exchange.Answer));
            }
        }

        if (state.Outcome is { } outcome && state.OutcomeRecordedAt is { } recordedAt)
        {
            entries.Add(new TimelineEntry(recordedAt, Texts.HistoryOutcome(outcome), state.OutcomeNotes));
        }

        entries.AddRange(state.SurveyResponses.Select(r => new TimelineEntry(r.At, Texts.HistorySurvey(r.Round, r.Progress, r.Satisfaction), r.Comment)));
        entries.Add(state.Step.IsTerminal()
            ? new TimelineEntry(state.StepEnteredAt, Texts.HistoryEnded(state.Step), state.Step == DeskRequestStep.Withdrawn ? state.WithdrawalReason : null)
            : new TimelineEntry(state.StepEnteredAt, Texts.HistoryStep(state.Step)));

        // Stable: entries of the same instant keep the order they were added in (an assignment follows its decline).
        return [.. entries.OrderBy(e => e.At)];
    }
}
