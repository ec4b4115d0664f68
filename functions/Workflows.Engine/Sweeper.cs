using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflows.Engine.Storage;

namespace Workflows.Engine;

/// <summary>
/// Scans the due index for timers and outbox items the queue did not carry out in time (a lost message, a
/// crash between commit and enqueue) and carries them out through the same handlers. The Functions timer
/// trigger and the local periodic service both call <see cref="SweepAsync"/>.
/// </summary>
public sealed class Sweeper
{
    private readonly WorkflowEngine _engine;
    private readonly WorkItemProcessor _processor;
    private readonly ILogger _logger;

    internal Sweeper(WorkflowEngine engine, WorkItemProcessor processor, ILogger<Sweeper>? logger = null)
    {
        _engine = engine;
        _processor = processor;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>Handles every due item whose sweep time has passed (up to <paramref name="max"/>); returns how many.</summary>
    public async Task<int> SweepAsync(int max = 2000, CancellationToken cancellationToken = default)
    {
        var now = _engine.Now;
        var filter = TableClient.CreateQueryFilter($"PartitionKey le {Keys.DueBucket(now)} and DueAt le {now}");
        var due = new List<TableEntity>();
        await foreach (var row in _engine.Store.Due.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken))
        {
            due.Add(row);
            if (due.Count >= max)
            {
                break;
            }
        }

        _engine.Faults.Hit(FaultPoint.MidSweep);
        var handled = 0;
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (row, ct) =>
        {
            var item = new WorkItem(row.GetString("Kind"), row.GetString("InstanceId"), row.GetString("Ref"));
            try
            {
                if (item.Kind == WorkItem.Timer && item.TryReadTimer(out _, out _))
                {
                    // The timer itself was due a grace period before the sweep time.
                    item = item with { DueAt = null };
                }

                await _processor.HandleAsync(item, ct);

                // Whatever happened, the item is settled (done, scheduled for retry, or poisoned): this row is spent
                // unless a retry moved it, in which case the retry wrote a row in a later bucket.
                await _engine.Store.DeleteDueAsync(row.PartitionKey, row.RowKey, ct, row.ETag);
                Interlocked.Increment(ref handled);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not SimulatedCrashException)
            {
                _logger.SweepFailed(ex);
            }
        });

        _logger.Swept(handled);
        return handled;
    }
}
