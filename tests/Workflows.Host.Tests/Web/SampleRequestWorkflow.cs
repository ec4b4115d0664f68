using Workflows.Steps;
using Workflows.Host.Web.Coordinator;

namespace Workflows.Host.Tests.Web;

public sealed record SampleRequestInput(string Partner, string Comune, string Category, string Network, int SlaDays);

public sealed record SampleRequestState(string Partner, string Comune, string Category, string Network, DateTimeOffset SlaDueAt);

/// <summary>
/// A small stand-in for the desk request (which lives in another module): same step names and dashboard tags,
/// an e-mail, a timer, reassignment, remind and an ending, so the dashboard has real instances to show.
/// </summary>
public sealed class SampleRequestWorkflow : Workflow<SampleRequestInput, SampleRequestState>
{
    public const string WorkflowName = "SampleRequest";

    public override string Name => WorkflowName;

    public override Decision<SampleRequestState> Start(SampleRequestInput input, DecisionContext context)
    {
        var state = new SampleRequestState(input.Partner, input.Comune, input.Category, input.Network, context.Now.AddDays(input.SlaDays));
        return new()
        {
            State = state,
            CustomStatus = "AwaitingPartnerReview",
            Tags = TagsOf(state),
            Effects =
            [
                SendEmail.Create("partner-review-request", $"{input.Partner}@partner.example", "it", new { category = input.Category }),
                new ScheduleTimer("review-reminder", context.Now.AddDays(2)),
            ],
        };
    }

    public override Decision<SampleRequestState> Decide(SampleRequestState state, WorkflowMessage message, DecisionContext context) => message switch
    {
        EventRaised { Name: "Accept" } => Step(state with { SlaDueAt = context.Now.AddDays(5) }, "Scheduling", [new CancelTimer("review-reminder")]),
        EventRaised { Name: "Remind" } => new()
        {
            State = state,
            Effects = [SendEmail.Create("partner-review-reminder", $"{state.Partner}@partner.example", "it", new { category = state.Category })],
        },
        EventRaised { Name: "Reassign" } e when e.PayloadAs<ReassignPayload>()?.PartnerId is { Length: > 0 } partner =>
            Step(state with { Partner = partner }, "AwaitingPartnerReview", []),
        EventRaised { Name: "Decline" } => new()
        {
            State = state,
            CustomStatus = "Declined",
            Tags = TagsOf(state, open: false),
            Effects = [new CancelTimer("review-reminder")],
            Completion = new Completion(RuntimeStatus.Completed, "declined"),
        },
        TimerFired { Name: "review-reminder" } => new() { State = state },
        _ => Decision.Reject<SampleRequestState>($"{message.Name} is not expected now."),
    };

    private static Decision<SampleRequestState> Step(SampleRequestState state, string step, IReadOnlyList<WorkflowEffect> effects) =>
        new() { State = state, CustomStatus = step, Tags = TagsOf(state), Effects = effects };

    private static Dictionary<string, string> TagsOf(SampleRequestState s, bool open = true) => new()
    {
        [DashboardTags.Partner] = s.Partner,
        [DashboardTags.Comune] = s.Comune,
        [DashboardTags.Category] = s.Category,
        [DashboardTags.Network] = s.Network,
        [DashboardTags.SlaDueAt] = open ? DashboardTags.FormatInstant(s.SlaDueAt) : "",
    };

    private sealed record ReassignPayload(string? PartnerId);
}
