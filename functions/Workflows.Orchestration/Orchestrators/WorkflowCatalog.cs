using Microsoft.DurableTask;
using Workflows.Desk.Events;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;
using Workflows.Orchestration.Activities;
using Workflows.Steps;

namespace Workflows.Orchestration.Orchestrators;

/// <summary>Every orchestration and activity of the service, by the name the task hub knows it by.</summary>
public static class WorkflowCatalog
{
    /// <summary>The workflows (their step rules), by workflow name = orchestration name.</summary>
    public static IReadOnlyDictionary<string, IWorkflow> Workflows { get; } = new Dictionary<string, IWorkflow>(StringComparer.Ordinal)
    {
        [DeskRequestWorkflow.WorkflowName] = new DeskRequestWorkflow(),
        [EventRegistrationWorkflow.WorkflowName] = new EventRegistrationWorkflow(),
        [QuarterlyReportWorkflow.WorkflowName] = new QuarterlyReportWorkflow(),
    };

    /// <summary>The orchestration hosting <paramref name="workflow"/>: its own class when it has one, else the generic host.</summary>
    public static ITaskOrchestrator OrchestratorFor(IWorkflow workflow, TurnPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return workflow.Name switch
        {
            DeskRequestWorkflow.WorkflowName when workflow is DeskRequestWorkflow => new DeskRequestOrchestrator(policy),
            EventRegistrationWorkflow.WorkflowName when workflow is EventRegistrationWorkflow => new EventRegistrationOrchestrator(policy),
            QuarterlyReportWorkflow.WorkflowName when workflow is QuarterlyReportWorkflow => new QuarterlyReportOrchestrator(policy),
            _ => new DeciderOrchestrator(workflow, policy),
        };
    }

    /// <summary>The orchestrator of each workflow, by orchestration name.</summary>
    public static IReadOnlyDictionary<string, Func<ITaskOrchestrator>> Orchestrators { get; } = new Dictionary<string, Func<ITaskOrchestrator>>(StringComparer.Ordinal)
    {
        [DeskRequestWorkflow.WorkflowName] = () => new DeskRequestOrchestrator(),
        [EventRegistrationWorkflow.WorkflowName] = () => new EventRegistrationOrchestrator(),
        [QuarterlyReportWorkflow.WorkflowName] = () => new QuarterlyReportOrchestrator(),
        [EmailRetryOrchestrator.Name] = () => new EmailRetryOrchestrator(),
    };

    /// <summary>The activity classes, by activity name.</summary>
    public static IReadOnlyDictionary<string, Type> Activities { get; } = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        [SendEmailActivity.Name] = typeof(SendEmailActivity),
        [ResendEmailActivity.Name] = typeof(ResendEmailActivity),
        [CompleteTurnActivity.Name] = typeof(CompleteTurnActivity),
        [RecordStallActivity.Name] = typeof(RecordStallActivity),
    };
}
