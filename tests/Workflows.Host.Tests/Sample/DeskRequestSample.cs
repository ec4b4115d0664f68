using Workflows.Steps;

namespace Workflows.Host.Tests.Sample;

public sealed record DeskRequestInput(string Description, string Partner, string Comune, string Category, string ReferentEmail);

public sealed record DeskRequestState(string Partner, string ReferentEmail, int Notes);

/// <summary>
/// A small stand-in for the desk request (the real one lands from another branch): tags partner, comune and
/// category; steps AwaitingPartnerReview, Scheduling, Closed; an e-mail at start and on "Notify".
/// </summary>
public sealed class DeskRequestSample : Workflow<DeskRequestInput, DeskRequestState>
{
    public const string WorkflowName = "DeskRequestSample";

    public override string Name => WorkflowName;

    public override Decision<DeskRequestState> Start(DeskRequestInput input, DecisionContext context)
    {
        if (input.Description == "boom")
        {
            throw new InvalidOperationException("boom: a decider bug with referente@example.org in its message");
        }

        if (string.IsNullOrWhiteSpace(input.Description))
        {
            return Decision.Reject<DeskRequestState>("Descrizione obbligatoria / A description is required.");
        }

        return new()
        {
            State = new DeskRequestState(input.Partner, input.ReferentEmail, 0),
            CustomStatus = "AwaitingPartnerReview",
            Tags = new Dictionary<string, string>
            {
                ["partner"] = input.Partner,
                ["comune"] = input.Comune,
                ["category"] = input.Category,
                ["network"] = input.Comune.StartsWith("006", StringComparison.Ordinal) ? "alessandria" : "torino",
            },
            Effects =
            [
                SendEmail.Create("partner-review-request", input.ReferentEmail, "it", new { partner = input.Partner }),
                new ScheduleTimer("reminder", context.Now + TimeSpan.FromDays(2)),
            ],
        };
    }

    public override Decision<DeskRequestState> Decide(DeskRequestState state, WorkflowMessage message, DecisionContext context) => message switch
    {
        EventRaised { Name: "PartnerAccepted" } => new() { State = state, CustomStatus = "Scheduling", Effects = [new CancelTimer("reminder")] },
        EventRaised { Name: "Notify" } => new()
        {
            State = state with { Notes = state.Notes + 1 },
            Effects = [SendEmail.Create("note", state.ReferentEmail, "it", new { n = state.Notes + 1 })],
        },
        EventRaised { Name: "Close" } => new()
        {
            State = state,
            CustomStatus = "Closed",
            Effects = [new CancelTimer("reminder")],
            Completion = new Completion(RuntimeStatus.Completed, "closed"),
        },
        TimerFired { Name: "reminder" } => new() { State = state, CustomStatus = "Reminded" },
        _ => Decision.Reject<DeskRequestState>($"{message.Name} non è ammesso ora / is not allowed now."),
    };
}
