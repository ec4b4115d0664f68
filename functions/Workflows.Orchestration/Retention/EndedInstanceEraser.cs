using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Orchestration.Retention;

/// <summary>
/// Erasure on retention: for every instance that ended (completed or terminated) longer ago than the retention period
/// and is not erased yet, purges its Durable history and scrubs its view to the non-personal fields it keeps. The
/// caller brings the purge, so the same rule runs over the Function App's Durable client and the web app's
/// <c>TaskHubClient</c>.
/// </summary>
/// <remarks>
/// Failed instances are left alone: an operator looks at them first. An instance is purged before its view is scrubbed,
/// so a run cut short is finished by the next one (the view still says "not erased").
/// </remarks>
public sealed class EndedInstanceEraser(WorkflowViewStore views, TimeProvider time)
{
    private static readonly RuntimeStatus[] Ended = [RuntimeStatus.Completed, RuntimeStatus.Terminated];

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
        await foreach (var view in views.QueryAllAsync(new ViewQuery { RuntimeStatus = Ended, CreatedTo = cutoff, PageSize = 1000 }, cancellationToken))
        {
            if (view.ErasedAt is null && view.EndedAt is { } ended && ended < cutoff)
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
