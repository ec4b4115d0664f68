using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Host.Runtime;

/// <summary>What the web app reads of the workflows: views of instances, their timeline and their e-mails.</summary>
public interface IWorkflowQueries
{
    /// <summary>One instance, with its timeline when asked; null when there is no such instance.</summary>
    Task<WorkflowView?> GetInstanceAsync(InstanceId instanceId, bool includeTimeline, CancellationToken cancellationToken);

    /// <summary>A page of the timeline from <paramref name="fromSequence"/> (1-based).</summary>
    Task<IReadOnlyList<TimelineEntry>> GetTimelineAsync(InstanceId instanceId, long fromSequence, int max, CancellationToken cancellationToken);

    /// <summary>One page of instances matching the query, newest first.</summary>
    Task<WorkflowViewPage> QueryAsync(WorkflowQuery query, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Every instance matching the query, page after page.</summary>
    IAsyncEnumerable<WorkflowView> QueryAllAsync(WorkflowQuery query, CancellationToken cancellationToken);

    /// <summary>The e-mails of an instance and what became of them.</summary>
    Task<IReadOnlyList<EmailRecord>> GetEmailsAsync(InstanceId instanceId, CancellationToken cancellationToken);

    /// <summary>E-mails the provider refused for good, waiting for an operator.</summary>
    Task<IReadOnlyList<FailedEmail>> GetFailedEmailsAsync(CancellationToken cancellationToken);

    /// <summary>Every stalled request (a turn whose effects keep failing), longest stalled first.</summary>
    Task<IReadOnlyList<StallRecord>> GetStalledAsync(CancellationToken cancellationToken);

    /// <summary>Why and since when one request is stalled; null when it is not.</summary>
    Task<StallRecord?> GetStallAsync(InstanceId instanceId, CancellationToken cancellationToken);
}
