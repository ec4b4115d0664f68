using Workflows.Engine;
using Workflows.Steps;

namespace Workflows.Bench;

/// <summary>The start input of the sample: where the request was filed, who reviews it, and reminders to schedule.</summary>
/// <param name="Comune">ISTAT code of the comune of the desk.</param>
/// <param name="Partner">The partner's opaque reviewer key (no personal data in the bench).</param>
/// <param name="Reminders">Durable timers to schedule at start (the timer phase uses them; empty otherwise).</param>
internal sealed record DeskRequestInput(string Comune, string Partner, IReadOnlyList<DateTimeOffset> Reminders);

/// <summary>The sample's state.</summary>
internal sealed record DeskRequestState(string Comune, string Partner, int Answers, int Reminders);

/// <summary>
/// A small desk-request-like workflow for the benchmark. <c>InfoAnswered</c> changes the state, sets the
/// custom status and sends one e-mail to the partner (through the no-op dispatcher): the typical transition of
/// the real desk workflow. Each reminder timer firing changes the state and the custom status.
/// </summary>
internal sealed class DeskRequestSample : Workflow<DeskRequestInput, DeskRequestState>
{
    public const string WorkflowName = "BenchDeskRequest";
    public const string InfoAnswered = "InfoAnswered";
    public const string ReminderPrefix = "reminder-";

    public override string Name => WorkflowName;

    public override Decision<DeskRequestState> Start(DeskRequestInput input, DecisionContext context) => new()
    {
        State = new DeskRequestState(input.Comune, input.Partner, 0, 0),
        CustomStatus = "AwaitingPartnerReview",
        Tags = new Dictionary<string, string> { ["comune"] = input.Comune },
        Effects = [.. input.Reminders.Select((due, i) => new ScheduleTimer(ReminderPrefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture), due))],
    };

    public override Decision<DeskRequestState> Decide(DeskRequestState state, WorkflowMessage message, DecisionContext context) => message switch
    {
        EventRaised { Name: InfoAnswered } => new()
        {
            State = state with { Answers = state.Answers + 1 },
            CustomStatus = "AwaitingPartnerReview",
            Effects = [SendEmail.Create("partner-review-request", state.Partner + "@partner.example.org", "it", new { comune = state.Comune, answers = state.Answers + 1 })],
        },
        TimerFired { Name: var name } when name.StartsWith(ReminderPrefix, StringComparison.Ordinal) => new()
        {
            State = state with { Reminders = state.Reminders + 1 },
            CustomStatus = "Reminded",
        },
        _ => Decision.Reject<DeskRequestState>($"{message.Name} is not allowed now."),
    };
}
