using System.Text.Json;
using Workflows.Desk.Calendar;
using Workflows.Desk.Email;
using Workflows.Desk.Email.Models;
using Workflows.Desk.Steps;
using Workflows.Steps;

namespace Workflows.Desk.Reports;

/// <summary>
/// The quarterly report to the interdisciplinary working group: at 08:00 on the first business day after each quarter
/// the timer <c>quarter-end</c> fires and the instance waits for figures (<see cref="QuarterlyReportStep.AwaitingFigures"/>);
/// the host computes them from the read model and raises <see cref="QuarterlyReportEvents.FiguresReady"/>; the coordinators
/// get the e-mail and the next quarter is scheduled. It never completes; a coordinator terminates it.
/// </summary>
public sealed class QuarterlyReportWorkflow : Workflow<QuarterlyReportInput, QuarterlyReportState>
{
    /// <summary>The workflow type name.</summary>
    public const string WorkflowName = "QuarterlyReport";

    private const int ReportedKept = 12;

    /// <inheritdoc />
    public override string Name => WorkflowName;

    /// <summary>The network's coordinators: they are alerted when the request cannot go on by itself.</summary>
    public override IReadOnlyList<string> Responsible(QuarterlyReportState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return [.. state.Network.CoordinatorEmails.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim())];
    }

    /// <summary>When the report of <paramref name="quarter"/> is due: 08:00 Europe/Rome, first business day after it.</summary>
    public static DateTimeOffset DueAt(ReportQuarter quarter) =>
        BusinessCalendar.AtRome(BusinessCalendar.NextBusinessDay(quarter.LastDay), QuarterlyReportEvents.QuarterEndTime);

    /// <inheritdoc />
    public override Decision<QuarterlyReportState> Start(QuarterlyReportInput input, DecisionContext context)
    {
        if (input?.Network?.CoordinatorEmails is not { Count: > 0 })
        {
            return Decision.Reject<QuarterlyReportState>("The network has no coordinator to report to.");
        }

        var quarter = ReportQuarter.Of(BusinessCalendar.RomeDate(context.Now));
        var state = new QuarterlyReportState { Network = input.Network, Quarter = quarter, Step = QuarterlyReportStep.WaitingForQuarterEnd };
        var effects = new List<WorkflowEffect>();
        state = Wait(state, effects);
        return Done(state, effects);
    }

    /// <inheritdoc />
    public override Decision<QuarterlyReportState> Decide(QuarterlyReportState state, WorkflowMessage message, DecisionContext context)
    {
        switch (message)
        {
            case TimerFired timer:
                var pending = state.Timers.FirstOrDefault(t => t.Name == timer.Name && t.DueAt == timer.DueAt);
                if (pending is null || state.Step != QuarterlyReportStep.WaitingForQuarterEnd)
                {
                    return Decision.Reject<QuarterlyReportState>($"Timer '{timer.Name}' is not pending.");
                }

                return Done(
                    state with { Step = QuarterlyReportStep.AwaitingFigures, StepNumber = state.StepNumber + 1, Timers = [] },
                    []);
            case EventRaised { Name: QuarterlyReportEvents.FiguresReady } raised:
                return OnFigures(state, raised);
            case EventRaised { Name: QuarterlyReportEvents.EmailUndeliverable } raised:
                return OnUndeliverable(state, raised.PayloadAs<Requests.DeliveryFailure>(), context);
            default:
                return Decision.Reject<QuarterlyReportState>($"Unknown message '{message.Name}'.");
        }
    }

    private static Decision<QuarterlyReportState> OnFigures(QuarterlyReportState state, EventRaised raised)
    {
        if (StepTokens.Read(raised.Payload) != state.StepToken)
        {
            return Decision.Reject<QuarterlyReportState>($"'{raised.Name}' was issued for another step; the report is now {state.Step}.");
        }

        if (state.Step != QuarterlyReportStep.AwaitingFigures)
        {
            return Decision.Reject<QuarterlyReportState>($"'{raised.Name}' is not allowed while the report is {state.Step}.");
        }

        QuarterFigures? figures;
        try
        {
            figures = raised.PayloadAs<QuarterFigures>();
        }
        catch (JsonException)
        {
            figures = null;
        }

        if (figures is null || figures.Year != state.Quarter.Year || figures.Quarter != state.Quarter.Number || figures.Total < 0)
        {
            return Decision.Reject<QuarterlyReportState>($"The figures are not those of {state.Quarter}.");
        }

        var effects = new List<WorkflowEffect>();
        var q = state.Quarter;
        var model = new QuarterlyReportEmail(
            $"{state.Network.Id.ToUpperInvariant()}-{q}",
            state.Network.Name,
            q.Year,
            q.Number,
            q.FirstDay,
            q.LastDay,
            figures.Total,
            figures.ByComune ?? [],
            figures.ByPartner ?? [],
            figures.ByCategory ?? [],
            figures.ByOutcome ?? []);
        foreach (var coordinator in state.Network.CoordinatorEmails.Where(e => !string.IsNullOrWhiteSpace(e)))
        {
            effects.Add(SendEmail.Create(EmailTemplates.QuarterlyReport, coordinator, Model.Cultures.Normalize(state.Network.Culture), model));
        }

        var next = state with
        {
            Quarter = q.Next(),
            Step = QuarterlyReportStep.WaitingForQuarterEnd,
            StepNumber = state.StepNumber + 1,
            Reported = [.. state.Reported.Append(q.ToString()).TakeLast(ReportedKept)],
        };
        return Done(Wait(next, effects), effects);
    }

    /// <summary>A report that did not reach a coordinator: recorded, the network's other coordinators told.</summary>
    private static Decision<QuarterlyReportState> OnUndeliverable(QuarterlyReportState state, Requests.DeliveryFailure? failure, DecisionContext context)
    {
        if (failure is null || string.IsNullOrWhiteSpace(failure.OutboxId) || !Model.UndeliveredEmail.Kinds.Contains(failure.Kind))
        {
            return Decision.Reject<QuarterlyReportState>("An undeliverable e-mail needs its outbox id and a known kind.");
        }

        if (state.Undelivered.Any(u => u.OutboxId == failure.OutboxId))
        {
            return Decision.Reject<QuarterlyReportState>($"E-mail {failure.OutboxId} is already recorded as undeliverable.");
        }

        var failed = failure.To?.Trim() ?? string.Empty;
        var reported = state.Reported.Count > 0 ? state.Reported[^1] : state.Quarter.ToString();
        List<WorkflowEffect> effects =
        [
            .. state.Network.CoordinatorEmails
                .Where(e => !string.IsNullOrWhiteSpace(e) && !string.Equals(e.Trim(), failed, StringComparison.OrdinalIgnoreCase))
                .Select(e => SendEmail.Create(EmailTemplates.UndeliverableNotice, e.Trim(), Model.Cultures.Normalize(state.Network.Culture),
                    new UndeliverableNoticeEmail(reported, state.Network.Name + " – relazione trimestrale / quarterly report", failed, failure.Kind))),
        ];
        var next = state with
        {
            Undelivered = [.. state.Undelivered.Append(new Model.UndeliveredEmail(failure.OutboxId, failure.Kind, failure.Template, context.Now)).TakeLast(50)],
        };
        return Done(next, effects);
    }

    private static QuarterlyReportState Wait(QuarterlyReportState state, List<WorkflowEffect> effects)
    {
        var due = DueAt(state.Quarter);
        effects.Add(new ScheduleTimer(QuarterlyReportEvents.QuarterEndTimer, due));
        return state with { Timers = [new ActiveTimer(QuarterlyReportEvents.QuarterEndTimer, due)] };
    }

    private static Decision<QuarterlyReportState> Done(QuarterlyReportState state, List<WorkflowEffect> effects) => new()
    {
        State = state,
        Effects = effects,
        CustomStatus = state.Step.ToString(),
        Tags = new Dictionary<string, string> { ["network"] = state.Network.Id, ["quarter"] = state.Quarter.ToString() },
    };
}
