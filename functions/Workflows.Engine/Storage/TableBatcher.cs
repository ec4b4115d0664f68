using Azure;
using Azure.Data.Tables;

namespace Workflows.Engine.Storage;

/// <summary>
/// Group commit for small independent writes to one table (due-index intents and deletes, query-index upserts).
/// Up to a few requests per partition go out at once, so a lightly loaded engine sends each
/// write immediately; writes that arrive while that many are in flight wait and go together, as one entity-group
/// transaction (up to 100), when the next request may start. A busy engine thus saves a round trip per write.
/// Every caller still awaits its own write.
/// </summary>
/// <remarks>
/// A batch fails as a whole, so when one does, its writes are retried one by one and each caller gets its own
/// outcome. A write of a row that is already on its way waits until that request returned, so two writes of the
/// same row land in the order they were made.
/// </remarks>
internal sealed class TableBatcher
{
    private const int MaxBatch = 100;

    private readonly TableClient _table;
    private readonly int _maxInFlight;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Partition> _partitions = new(StringComparer.Ordinal);
    private readonly HashSet<Write> _unfinished = [];

    /// <param name="table">The table written.</param>
    /// <param name="maxInFlight">Requests per partition at once: fewer batch more, more wait less.</param>
    public TableBatcher(TableClient table, int maxInFlight = 2)
    {
        _table = table;
        _maxInFlight = Math.Max(1, maxInFlight);
    }

    public Task UpsertAsync(TableEntity entity, CancellationToken ct) =>
        SubmitAsync(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity), ct);

    /// <summary>Deletes a row; a row that is already gone counts as deleted.</summary>
    public Task DeleteAsync(string partitionKey, string rowKey, CancellationToken ct) =>
        SubmitAsync(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, rowKey), ETag.All), ct);

    private Task SubmitAsync(TableTransactionAction action, CancellationToken ct)
    {
        var write = new Write(action);
        var partitionKey = action.Entity.PartitionKey;
        List<List<Write>> ready;
        lock (_gate)
        {
            if (!_partitions.TryGetValue(partitionKey, out var partition))
            {
                partition = new Partition();
                _partitions[partitionKey] = partition;
            }

            partition.Pending.Add(write);
            _unfinished.Add(write);
            ready = TakeReady(partitionKey, partition);
        }

        Start(partitionKey, ready);
        return write.Done.Task.WaitAsync(ct);
    }

    /// <summary>Completes when every write submitted before the call has been sent (whatever its outcome).</summary>
    public Task WhenWrittenAsync(CancellationToken ct)
    {
        Task[] waiting;
        lock (_gate)
        {
            waiting = [.. _unfinished.Select(w => w.Done.Task)];
        }

        return waiting.Length == 0 ? Task.CompletedTask : Task.WhenAll(waiting).ContinueWith(static _ => { }, ct, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <summary>Forms the batches that may start now. Called under the gate.</summary>
    private List<List<Write>> TakeReady(string partitionKey, Partition partition)
    {
        var ready = new List<List<Write>>();
        while (partition.InFlight < _maxInFlight && partition.Pending.Count > 0)
        {
            var batch = new List<Write>(Math.Min(MaxBatch, partition.Pending.Count));
            var rows = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < partition.Pending.Count && batch.Count < MaxBatch; i++)
            {
                var rowKey = partition.Pending[i].Action.Entity.RowKey;
                if (partition.RowsInFlight.Contains(rowKey) || !rows.Add(rowKey))
                {
                    break; // keep the order of writes to one row: this one and those after it wait
                }

                batch.Add(partition.Pending[i]);
            }

            if (batch.Count == 0)
            {
                break;
            }

            partition.Pending.RemoveRange(0, batch.Count);
            partition.InFlight++;
            partition.RowsInFlight.UnionWith(rows);
            ready.Add(batch);
        }

        if (partition.InFlight == 0 && partition.Pending.Count == 0)
        {
            _partitions.Remove(partitionKey);
        }

        return ready;
    }

    private void Start(string partitionKey, List<List<Write>> ready)
    {
        foreach (var batch in ready)
        {
            // Runs on its own: the caller waits only for its own write.
            _ = Task.Run(() => SendAndContinueAsync(partitionKey, batch), CancellationToken.None);
        }
    }

    private async Task SendAndContinueAsync(string partitionKey, List<Write> batch)
    {
        try
        {
            await SendAsync(batch);
        }
        catch (Exception ex)
        {
            // SendAsync settles every write itself; this only keeps the partition moving if it ever did not.
            batch.ForEach(w => w.Done.TrySetException(ex));
        }

        List<List<Write>> ready;
        lock (_gate)
        {
            var partition = _partitions[partitionKey];
            partition.InFlight--;
            foreach (var write in batch)
            {
                partition.RowsInFlight.Remove(write.Action.Entity.RowKey);
                _unfinished.Remove(write);
            }

            ready = TakeReady(partitionKey, partition);
        }

        Start(partitionKey, ready);
    }

    private async Task SendAsync(List<Write> batch)
    {
        if (batch.Count > 1)
        {
            try
            {
                await _table.SubmitTransactionAsync(batch.Select(w => w.Action), CancellationToken.None);
                batch.ForEach(w => w.Done.TrySetResult());
                return;
            }
            catch (Exception)
            {
                // One write spoiled the batch (typically a delete of a row already gone): do them one by one,
                // so each caller gets its own outcome.
            }
        }

        await Task.WhenAll(batch.Select(SendOneAsync));
    }

    private async Task SendOneAsync(Write write)
    {
        try
        {
            var entity = write.Action.Entity;
            if (write.Action.ActionType == TableTransactionActionType.Delete)
            {
                await _table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, CancellationToken.None);
            }
            else
            {
                await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, CancellationToken.None);
            }

            write.Done.TrySetResult();
        }
        catch (RequestFailedException ex) when (ex.Status == 404 && write.Action.ActionType == TableTransactionActionType.Delete)
        {
            write.Done.TrySetResult();
        }
        catch (Exception ex)
        {
            write.Done.TrySetException(ex);
        }
    }

    private sealed class Partition
    {
        public List<Write> Pending { get; } = [];
        public int InFlight { get; set; }
        public HashSet<string> RowsInFlight { get; } = new(StringComparer.Ordinal);
    }

    private sealed record Write(TableTransactionAction Action)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
