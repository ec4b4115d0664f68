namespace Workflows.Host.Web.Coordinator;

/// <summary>The steps (custom statuses) of a workflow, in the order the diagram draws them.</summary>
public static class WorkflowSteps
{
    /// <summary>The desk request workflow's name.</summary>
    public const string DeskRequest = "DeskRequest";

    /// <summary>The desk request's steps; the last three are alternative endings.</summary>
    public static IReadOnlyList<string> DeskRequestSteps { get; } =
    [
        "AwaitingTriage", "AwaitingPartnerReview", "InfoRequested", "Scheduling", "ConvocationSent", "Confirmed",
        "AwaitingOutcome", "FollowUp", "Closed", "Declined", "Withdrawn",
    ];

    /// <summary>Steps that end a request.</summary>
    public static IReadOnlySet<string> Endings { get; } = new HashSet<string>(StringComparer.Ordinal) { "Closed", "Declined", "Withdrawn" };

    /// <summary>The desk request's diagram (registered by the web module).</summary>
    public static WorkflowDiagram DeskRequestDiagram { get; } = new(DeskRequest, DeskRequestSteps, Endings);

    /// <summary>
    /// The steps to draw for an instance: its workflow's registered diagram, or the steps its history went
    /// through, in order of first appearance.
    /// </summary>
    public static (IReadOnlyList<string> Steps, IReadOnlySet<string> Endings) For(
        IEnumerable<WorkflowDiagram> diagrams, string workflowName, IEnumerable<string?> historySteps, string? current)
    {
        if (diagrams.LastOrDefault(d => d.WorkflowName == workflowName) is { } diagram)
        {
            return (diagram.Steps, diagram.Endings);
        }

        var seen = historySteps.Append(current).OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return (seen, new HashSet<string>(StringComparer.Ordinal));
    }
}
