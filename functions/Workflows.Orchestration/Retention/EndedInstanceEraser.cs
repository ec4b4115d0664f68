using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Orchestration.Retention;

/// <summary>
/// Erasure on retention, one rule for both hosts: every desk request or event registration that ended (completed,
/// failed or terminated) longer ago than the retention period and is not erased yet has its Durable history purged and
/// its view scrubbed to the non-personal fields it keeps. A stalled request has not ended (it is Running, waiting to go
/// on) and keeps its data. The caller brings the purge: the Function App's Durable client, the web app's task hub.
/// </summary>
/// <remarks>An instance is purged before its view is scrubbed, so a run cut short is finished by the next one.</remarks>
public sealed class EndedInstanceEraser(WorkflowViewStore views, TimeProvider time)
{
    /// <summary>The statuses of an ended instance.</summary>
    public static readonly IReadOnlyList<RuntimeStatus> Ended = [RuntimeStatus.Completed, RuntimeStatus.Failed, RuntimeStatus.Terminated];

    /// <summary>The workflows whose instances carry personal data (the quarterly report carries only figures).</summary>
    public static readonly IReadOnlyList<string> PersonalDataWorkflows = [Desk.Requests.DeskRequestWorkflow.WorkflowName, Desk.Events.EventRegistrationWorkflow.WorkflowName];

    /// <summary>The views to read for what is due before <paramref name="cutoff"/> (ended before it, so created before it too).</summary>
    public static ViewQuery DueQuery(DateTimeOffset cutoff) => new() { RuntimeStatus = [.. Ended], CreatedTo = cutoff, PageSize = 1000 };

    /// <summary>True when <paramref name="view"/> is due for erasure at <paramref name="cutoff"/>.</summary>
    public static bool IsDue(InstanceViewRecord view, DateTimeOffset cutoff)
    {
        ArgumentNullException.ThrowIfNull(view);
        return PersonalDataWorkflows.Contains(view.Name)
            && Ended.Contains(view.RuntimeStatus)
            && view.ErasedAt is null
            && (view.EndedAt ?? view.LastUpdatedAt) < cutoff;
    }

    /// <summary>Erases the instances that ended before now minus <paramref name="keep"/>; returns how many.</summary>
    /// <param name="keep">How long personal data are kept after an instance ends.</param>
    /// <param name="purgeHistory">Deletes the instance's Durable history (a missing history is not an error).</param>
    /// <param name="cancellationToken">Stops between instances.</param>
    public async Task<int> EraseEndedAsync(TimeSpan keep, Func<InstanceId, CancellationToken, Task> purgeHistory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(purgeHistory);
        ArgumentOutOfRangeException.ThrowIfLessThan(keep, TimeSpan.Zero);
        var now = time.GetUtcNow();
        var cutoff = now - keep;

        // An instance that ended before the cutoff was created before it too: only those months of the table are read.
        var due = new List<InstanceId>();
        await foreach (var view in views.QueryAllAsync(DueQuery(cutoff), cancellationToken))
        {
            if (IsDue(view, cutoff))
            {
                due.Add(view.InstanceId);
            }
        }

        foreach (var id in due)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await purgeHistory(id, cancellationToken);
            await views.EraseAsync(id, now, cancellationToken);
        }

        return due.Count;
    }
}
