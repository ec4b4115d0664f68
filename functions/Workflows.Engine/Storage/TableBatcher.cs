using Azure;
using Azure.Data.Tables;

namespace Workflows.Engine.Storage;

/// <summary>
/// Group commit for small independent writes to one table (due-index intents and deletes, query-index upserts):
/// writes to the same partition that arrive while a batch of that partition is in flight are sent together as one
/// entity-group transaction (up to 100) when it returns. A lone write goes out at once, so an idle engine waits for
/// nothing; a busy one saves a round trip per write. Every caller still awaits its own write.
/// </summary>
/// <remarks>
/// A batch fails as a whole, so when one does, its writes are retried one by one and each caller gets its own
/// outcome. Two writes of the same row never share a batch: the second waits for the next one, keeping their order.
/// </remarks>
internal sealed class TableBatcher
{
    private const int MaxBatch = 100;

    private readonly TableClient _table;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<Write>> _pending = new(StringComparer.Ordinal);

    public TableBatcher(TableClient table) => _table = table;

    public Task UpsertAsync(TableEntity entity, CancellationToken ct) =>
        SubmitAsync(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity), ct);

    /// <summary>Deletes a row; a row that is already gone counts as deleted.</summary>
    public Task DeleteAsync(string partitionKey, string rowKey, CancellationToken ct) =>
        SubmitAsync(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partitionKey, rowKey), ETag.All), ct);

    private Task SubmitAsync(TableTransactionAction action, CancellationToken ct)
    {
        var write = new Write(action);
        var partitionKey = action.Entity.PartitionKey;
        bool flush;
        lock (_gate)
        {
            // A partition has a queue exactly while one flush loop serves it.
            flush = !_pending.TryGetValue(partitionKey, out var queue);
            if (flush)
            {
                queue = new Queue<Write>();
                _pending[partitionKey] = queue;
            }

            queue!.Enqueue(write);
        }

        if (flush)
        {
            // The flush loop runs on its own: the caller only waits for its write, not for later batches.
            _ = Task.Run(() => FlushAsync(partitionKey), CancellationToken.None);
        }

        return write.Done.Task.WaitAsync(ct);
    }

    private async Task FlushAsync(string partitionKey)
    {
        while (true)
        {
            var batch = new List<Write>(MaxBatch);
            lock (_gate)
            {
                var queue = _pending[partitionKey];
                var rows = new HashSet<string>(StringComparer.Ordinal);
                while (batch.Count < MaxBatch && queue.TryPeek(out var next) && rows.Add(next.Action.Entity.RowKey))
                {
                    batch.Add(queue.Dequeue());
                }

                if (batch.Count == 0)
                {
                    _pending.Remove(partitionKey);
                    return;
                }
            }

            await SendAsync(batch);
        }
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

    private sealed record Write(TableTransactionAction Action)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
