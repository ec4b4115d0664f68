using Microsoft.DurableTask;
using Workflows.Desk.Events;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;
using Workflows.Orchestration.Activities;
using Workflows.Orchestration.Orchestrators;

namespace Workflows.Functions.Orchestrations;

/// <summary>
/// The orchestrations, one function each, named as the task hub knows them (<see cref="WorkflowCatalog"/>): each
/// delegates to the orchestrator class the web app's local worker runs. The methods are named differently from the
/// classes on purpose: an equal name crashed the Durable analyzer (AD0001).
/// </summary>
public static class WorkflowOrchestrations
{
    /// <summary>The desk request.</summary>
    [Function(DeskRequestWorkflow.WorkflowName)]
    public static Task<string?> RunDeskRequest([OrchestrationTrigger] TaskOrchestrationContext context, OrchestrationInput input) =>
        new DeskRequestOrchestrator().RunAsync(context, input);

    /// <summary>The event registration.</summary>
    [Function(EventRegistrationWorkflow.WorkflowName)]
    public static Task<string?> RunEventRegistration([OrchestrationTrigger] TaskOrchestrationContext context, OrchestrationInput input) =>
        new EventRegistrationOrchestrator().RunAsync(context, input);

    /// <summary>The quarterly report.</summary>
    [Function(QuarterlyReportWorkflow.WorkflowName)]
    public static Task<string?> RunQuarterlyReport([OrchestrationTrigger] TaskOrchestrationContext context, OrchestrationInput input) =>
        new QuarterlyReportOrchestrator().RunAsync(context, input);

    /// <summary>An operator's retry of a refused e-mail whose request has ended.</summary>
    [Function(EmailRetryOrchestrator.Name)]
    public static Task<string> RunEmailRetry([OrchestrationTrigger] TaskOrchestrationContext context, ResendRequest input) =>
        new EmailRetryOrchestrator().RunAsync(context, input);
}
