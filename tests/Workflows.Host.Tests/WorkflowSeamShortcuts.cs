using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Tests;

/// <summary>
/// The tests' shorthands over the app's workflow seam: the calls without options or cancellation token that the
/// tests used to make on the engine's client (the seam itself has one full signature per operation).
/// </summary>
public static class WorkflowSeamShortcuts
{
    public static Task<StartResult> StartAsync(this IWorkflowCommands commands, string workflowName, object? input, CancellationToken cancellationToken = default) =>
        commands.StartAsync(workflowName, input, null, cancellationToken);

    public static Task<EventResult> RaiseEventAsync(this IWorkflowCommands commands, InstanceId instanceId, string eventName, object? payload = null, CancellationToken cancellationToken = default) =>
        commands.RaiseEventAsync(instanceId, eventName, payload, null, cancellationToken);

    public static Task<EventResult> SuspendAsync(this IWorkflowCommands commands, InstanceId instanceId, string? reason) =>
        commands.SuspendAsync(instanceId, reason, CancellationToken.None);

    public static Task<EventResult> ResumeAsync(this IWorkflowCommands commands, InstanceId instanceId, string? reason) =>
        commands.ResumeAsync(instanceId, reason, CancellationToken.None);

    public static Task<EventResult> TerminateAsync(this IWorkflowCommands commands, InstanceId instanceId, string? reason) =>
        commands.TerminateAsync(instanceId, reason, CancellationToken.None);

    public static Task<WorkflowView?> GetInstanceAsync(this IWorkflowQueries queries, InstanceId instanceId, bool includeTimeline) =>
        queries.GetInstanceAsync(instanceId, includeTimeline, CancellationToken.None);

    public static Task<IReadOnlyList<EmailRecord>> GetEmailsAsync(this IWorkflowQueries queries, InstanceId instanceId) =>
        queries.GetEmailsAsync(instanceId, CancellationToken.None);

    public static IAsyncEnumerable<WorkflowView> QueryAllAsync(this IWorkflowQueries queries, WorkflowQuery query) =>
        queries.QueryAllAsync(query, CancellationToken.None);
}
