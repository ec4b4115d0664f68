using System.Globalization;
using Workflows.Steps;

namespace Workflows.Bench;

/// <summary>The start input of the sample: where the request was filed, who reviews it, and reminders to schedule.</summary>
/// <param name="Comune">ISTAT code of the comune of the desk.</param>
/// <param name="Partner">The partner's opaque reviewer key (no personal data in the bench).</param>
/// <param name="Reminders">Timers to schedule at start (the timer phase uses them; empty otherwise).</param>
internal sealed record BenchInput(string Comune, string Partner, IReadOnlyList<DateTimeOffset> Reminders);

/// <summary>The sample's state.</summary>
internal sealed record BenchState(string Comune, string Partner, int Answers, int Reminders);

/// <summary>
/// A small desk-request-like workflow, so the figures are about the runtime: the start sends a receipt e-mail,
/// <see cref="Answer"/> sends one e-mail to the partner, each reminder timer changes the step, <see cref="Close"/>
/// sends a closing e-mail and completes the instance. Every e-mail goes through the <see cref="NoOpDispatcher"/>.
/// </summary>
/// <remarks>
/// The only impurity is the <see cref="TimerProbe"/>: the first time a reminder's <see cref="TimerFired"/> is decided
/// (not its replays), it notes the wall clock, which is when the decider acted on the timer.
/// </remarks>
internal sealed class BenchSample(TimerProbe probe) : Workflow<BenchInput, BenchState>
{
    public const string WorkflowName = "BenchDeskRequest";
    public const string Answer = "InfoAnswered";
    public const string Close = "Close";
    public const string ReminderPrefix = "reminder-";

    public override string Name => WorkflowName;

    public override Decision<BenchState> Start(BenchInput input, DecisionContext context) => new()
    {
        State = new BenchState(input.Comune, input.Partner, 0, 0),
        CustomStatus = "AwaitingPartnerReview",
        Tags = new Dictionary<string, string> { ["comune"] = input.Comune },
        Effects =
        [
            SendEmail.Create("request-received", "desk-" + input.Comune + "@comune.example.org", "it", new { comune = input.Comune }),
            .. input.Reminders.Select((due, i) => new ScheduleTimer(ReminderPrefix + i.ToString(CultureInfo.InvariantCulture), due)),
        ],
    };

    public override Decision<BenchState> Decide(BenchState state, WorkflowMessage message, DecisionContext context) => message switch
    {
        EventRaised { Name: Answer } => new()
        {
            State = state with { Answers = state.Answers + 1 },
            CustomStatus = "AwaitingPartnerReview",
            Effects = [SendEmail.Create("partner-review-request", state.Partner + "@partner.example.org", "it", new { comune = state.Comune, answers = state.Answers + 1 })],
        },
        TimerFired { Name: var name } timer when name.StartsWith(ReminderPrefix, StringComparison.Ordinal) => Remind(state, timer, context),
        EventRaised { Name: Close } => new()
        {
            State = state,
            CustomStatus = "Closed",
            Effects = [SendEmail.Create("request-closed", "desk-" + state.Comune + "@comune.example.org", "it", new { comune = state.Comune })],
            Completion = new Completion(RuntimeStatus.Completed),
        },
        _ => Decision.Reject<BenchState>($"{message.Name} is not allowed now."),
    };

    private Decision<BenchState> Remind(BenchState state, TimerFired timer, DecisionContext context)
    {
        probe.Fired(context.InstanceId, timer.Name, timer.DueAt, context.Now);
        return new()
        {
            State = state with { Reminders = state.Reminders + 1 },
            CustomStatus = "Reminded",
        };
    }
}
