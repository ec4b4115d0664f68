using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Workflows.Engine.Storage;

/// <summary>
/// All I/O of the engine against Table Storage and the queues. Maps the service's 409/412/404 to the engine's
/// own outcomes so nothing above it sees Azure types.
/// </summary>
internal sealed class WorkflowStore
{
    // Azure Queue Storage refuses visibility timeouts beyond 7 days: longer timers hop.
    public static readonly TimeSpan MaxQueueDelay = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1);

    // Due-index and query-index writes of concurrent transitions share partitions (the minute, the month): batched.
    private readonly TableBatcher _dueWrites;
    private readonly TableBatcher _indexWrites;

    public WorkflowStore(TableServiceClient tables, QueueServiceClient queues, WorkflowEngineOptions options)
    {
        Instances = tables.GetTableClient(options.TablePrefix + "Instances");
        Due = tables.GetTableClient(options.TablePrefix + "Due");
        Index = tables.GetTableClient(options.TablePrefix + "Index");
        Work = queues.GetQueueClient(options.WorkQueueName);
        Poison = queues.GetQueueClient(options.PoisonQueueName);
        _dueWrites = new TableBatcher(Due, maxInFlight: 2);
        _indexWrites = new TableBatcher(Index, maxInFlight: 1);
    }

    public TableClient Instances { get; }
    public TableClient Due { get; }
    public TableClient Index { get; }
    public QueueClient Work { get; }
    public QueueClient Poison { get; }

    public async Task EnsureCreatedAsync(CancellationToken ct)
    {
        await Task.WhenAll(
            Instances.CreateIfNotExistsAsync(ct),
            Due.CreateIfNotExistsAsync(ct),
            Index.CreateIfNotExistsAsync(ct),
            Work.CreateIfNotExistsAsync(cancellationToken: ct),
            Poison.CreateIfNotExistsAsync(cancellationToken: ct));
    }

    public async Task<InstanceSnapshot?> LoadAsync(InstanceId id, CancellationToken ct)
    {
        var response = await Instances.GetEntityIfExistsAsync<TableEntity>(id.Value, Keys.Snapshot, cancellationToken: ct);
        return response.HasValue ? InstanceSnapshot.FromEntity(response.Value!) : null;
    }

    public async Task<CommitOutcome> CommitAsync(Transition transition, CancellationToken ct)
    {
        try
        {
            var response = await Instances.SubmitTransactionAsync(transition.ToBatch(), ct);
            transition.Next.ETag = response.Value[0].Headers.ETag ?? default;

            // The outbox rows follow the snapshot and the history rows in the batch; keep their ETags for dispatch.
            var first = 1 + transition.History.Count;
            for (var i = 0; i < transition.Outbox.Count && first + i < response.Value.Count; i++)
            {
                transition.Outbox[i].ETag = response.Value[first + i].Headers.ETag ?? default;
            }

            return CommitOutcome.Committed;
        }
        catch (TableTransactionFailedException ex)
        {
            return Classify(transition, ex.Status, ex.FailedTransactionActionIndex);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412 or 404)
        {
            return Classify(transition, ex.Status, null);
        }
    }

    private static CommitOutcome Classify(Transition transition, int status, int? failedIndex) => status switch
    {
        412 => CommitOutcome.Conflict,
        404 => CommitOutcome.NotFound,
        409 when failedIndex == 0 && transition.IsStart => CommitOutcome.AlreadyExists,
        409 when transition.ConsumeKey is not null && (failedIndex is null || failedIndex == transition.ToBatch().Count - 1) => CommitOutcome.KeyConsumed,
        409 => CommitOutcome.Conflict,
        _ => throw new InvalidOperationException($"Unexpected storage status {status}."),
    };

    /// <summary>Writes due-index rows before the commit that creates the timers or outbox items they point at.</summary>
    public Task WriteDueAsync(IEnumerable<TableEntity> rows, CancellationToken ct) =>
        Task.WhenAll(rows.Select(r => _dueWrites.UpsertAsync(r, ct)));

    public static TableEntity DueRow(DateTimeOffset dueAt, string rowKey, string kind, InstanceId id, string @ref) =>
        new(Keys.DueBucket(dueAt), rowKey)
        {
            ["DueAt"] = dueAt,
            ["Kind"] = kind,
            ["InstanceId"] = id.Value,
            ["Ref"] = @ref,
        };

    /// <summary>Deletes a due row (gone already is fine); with <paramref name="ifMatch"/> only that version of it.</summary>
    public async Task DeleteDueAsync(string partitionKey, string rowKey, CancellationToken ct, ETag? ifMatch = null)
    {
        if (ifMatch is null)
        {
            await _dueWrites.DeleteAsync(partitionKey, rowKey, ct);
            return;
        }

        try
        {
            await Due.DeleteEntityAsync(partitionKey, rowKey, ifMatch.Value, ct);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            // Already gone: another worker finished it.
        }
    }

    /// <summary>Work visible at once was enqueued by this process (wakes the local listener).</summary>
    public WorkSignal Arrivals { get; } = new();

    public async Task EnqueueAsync(WorkItem item, TimeSpan delay, CancellationToken ct)
    {
        if (delay < TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
        }

        await Work.SendMessageAsync(item.ToJson(), delay > MaxQueueDelay ? MaxQueueDelay : delay, TimeSpan.FromSeconds(-1), ct);
        if (delay == TimeSpan.Zero)
        {
            Arrivals.Notify();
        }
    }

    /// <summary>
    /// Queues the query-index row of <paramref name="s"/>; the task completes when it is written. Writes of one row
    /// land in the order they were queued, and <see cref="IndexWrittenAsync"/> waits for all queued so far.
    /// </summary>
    public Task UpsertIndexAsync(InstanceSnapshot s, CancellationToken ct)
    {
        var row = new TableEntity(Keys.IndexPartition(s.CreatedAt), Keys.IndexRow(s.CreatedAt, s.Id))
        {
            ["InstanceId"] = s.Id.Value,
            ["WorkflowName"] = s.WorkflowName,
            ["WorkflowVersion"] = s.Version,
            ["RuntimeStatus"] = s.Status.ToString(),
            ["CustomStatus"] = s.CustomStatus ?? string.Empty,
            ["CreatedAt"] = s.CreatedAt,
            ["LastUpdatedAt"] = s.LastUpdatedAt,
            ["Sequence"] = s.Sequence,
            ["Tags"] = JsonSerializer.Serialize(s.Tags),
            ["ErasedAt"] = s.ErasedAt,
        };
        foreach (var (name, value) in s.Tags)
        {
            row["tag_" + name] = value;
        }

        return _indexWrites.UpsertAsync(row, ct);
    }

    /// <summary>Waits until the index writes this process queued so far are done: a query then sees them.</summary>
    public Task IndexWrittenAsync(CancellationToken ct) => _indexWrites.WhenWrittenAsync(ct);

    /// <summary>Deletes the index row, after any write of it still queued.</summary>
    public Task DeleteIndexAsync(InstanceSnapshot s, CancellationToken ct) =>
        _indexWrites.DeleteAsync(Keys.IndexPartition(s.CreatedAt), Keys.IndexRow(s.CreatedAt, s.Id), ct);

    public async Task<TableEntity?> GetOutboxAsync(InstanceId id, string outboxId, CancellationToken ct)
    {
        var response = await Instances.GetEntityIfExistsAsync<TableEntity>(id.Value, Keys.Outbox(outboxId), cancellationToken: ct);
        return response.HasValue ? response.Value : null;
    }

    /// <summary>Writes an outbox row if nobody changed it since it was read; false when someone did.</summary>
    public async Task<bool> TryUpdateOutboxAsync(TableEntity row, CancellationToken ct)
    {
        try
        {
            var response = await Instances.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
            row.ETag = response.Headers.ETag ?? default;
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 412 or 404)
        {
            return false;
        }
    }

    public async Task<List<TableEntity>> QueryPartitionAsync(InstanceId id, string fromRowKey, string toRowKey, int? max, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {id.Value} and RowKey ge {fromRowKey} and RowKey lt {toRowKey}");
        var rows = new List<TableEntity>();
        await foreach (var row in Instances.QueryAsync<TableEntity>(filter, maxPerPage: max ?? 1000, cancellationToken: ct))
        {
            rows.Add(row);
            if (max is not null && rows.Count >= max)
            {
                break;
            }
        }

        return rows;
    }

    public async Task<int> DeletePartitionAsync(InstanceId id, CancellationToken ct)
    {
        var keys = await RowKeysAsync(id, ct);

        // Delete the snapshot last so a crash mid-purge leaves a purgeable instance, not orphan rows.
        await DeleteRowsAsync(id, [.. keys.Where(k => k != Keys.Snapshot).Append(Keys.Snapshot).Where(keys.Contains)], ct);
        return keys.Count;
    }

    /// <summary>Deletes the history and e-mail rows of an instance (what carries personal data besides the snapshot).</summary>
    public async Task<int> DeleteHistoryAndOutboxAsync(InstanceId id, CancellationToken ct)
    {
        var keys = (await RowKeysAsync(id, ct))
            .Where(k => k.StartsWith(Keys.HistoryPrefix, StringComparison.Ordinal) || k.StartsWith(Keys.OutboxPrefix, StringComparison.Ordinal))
            .ToList();
        await DeleteRowsAsync(id, keys, ct);
        return keys.Count;
    }

    /// <summary>Replaces the snapshot row if it is still the one loaded; false when it changed meanwhile.</summary>
    public async Task<bool> TryReplaceSnapshotAsync(InstanceSnapshot s, CancellationToken ct)
    {
        try
        {
            await Instances.UpdateEntityAsync(s.ToEntity(), s.ETag, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 412)
        {
            return false;
        }
    }

    private async Task<List<string>> RowKeysAsync(InstanceId id, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {id.Value}");
        var keys = new List<string>();
        await foreach (var row in Instances.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: ct))
        {
            keys.Add(row.RowKey);
        }

        return keys;
    }

    private async Task DeleteRowsAsync(InstanceId id, IReadOnlyList<string> rowKeys, CancellationToken ct)
    {
        foreach (var chunk in rowKeys.Chunk(100))
        {
            await Instances.SubmitTransactionAsync(
                chunk.Select(k => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(id.Value, k), ETag.All)), ct);
        }
    }

    public async Task SendPoisonAsync(WorkItem item, string reason, DateTimeOffset at, CancellationToken ct)
    {
        var body = JsonSerializer.Serialize(new PoisonBody(item.Kind, item.InstanceId, item.Ref, reason, at));
        await Poison.SendMessageAsync(body, TimeSpan.Zero, TimeSpan.FromSeconds(-1), ct);
    }

    /// <summary>
    /// Receives up to <paramref name="max"/> poison messages, batch after batch: each stays hidden (from other
    /// readers, for <paramref name="hideFor"/> at most) until it is released or deleted, so the walk sees every
    /// message once, not only the first batch. Received, not peeked, so each carries a pop receipt.
    /// </summary>
    public async Task<List<PoisonMessage>> ReceivePoisonAsync(int max, TimeSpan hideFor, CancellationToken ct)
    {
        var list = new List<PoisonMessage>();
        while (list.Count < max)
        {
            var response = await Poison.ReceiveMessagesAsync(Math.Clamp(max - list.Count, 1, 32), hideFor, ct);
            if (response.Value.Length == 0)
            {
                break;
            }

            foreach (QueueMessage m in response.Value)
            {
                var body = ReadPoisonBody(m);
                list.Add(new PoisonMessage(m.MessageId, m.PopReceipt, body.Kind, body.InstanceId, body.Ref, body.Reason, body.FailedAt));
            }
        }

        return list;
    }

    /// <summary>Makes received poison messages visible again at once; returns them with their new pop receipts.</summary>
    public async Task<IReadOnlyList<PoisonMessage>> ReleasePoisonAsync(IReadOnlyList<PoisonMessage> received, CancellationToken ct)
    {
        var released = new PoisonMessage[received.Count];
        await Parallel.ForAsync(0, received.Count, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (i, token) =>
        {
            var m = received[i];
            var updated = await Poison.UpdateMessageAsync(m.MessageId, m.PopReceipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: token);
            released[i] = m with { PopReceipt = updated.Value.PopReceipt };
        });
        return released;
    }

    /// <summary>
    /// Our own poison entries carry a reason; a work item the Functions host moved here after its maximum
    /// deliveries is the raw message; anything else is shown as unreadable rather than hidden.
    /// </summary>
    private static PoisonBody ReadPoisonBody(QueueMessage m)
    {
        var at = m.InsertedOn ?? default;
        try
        {
            if (JsonSerializer.Deserialize<PoisonBody>(m.MessageText) is { Kind: not null, Reason: not null } ours)
            {
                return ours;
            }
        }
        catch (JsonException)
        {
        }

        return WorkItem.TryParse(m.MessageText) is { } raw
            ? new PoisonBody(raw.Kind, raw.InstanceId, raw.Ref, "Failed on every delivery (moved by the Functions host).", at)
            : new PoisonBody("unknown", string.Empty, string.Empty, "Unreadable message.", at);
    }

    internal sealed record PoisonBody(string Kind, string InstanceId, string Ref, string Reason, DateTimeOffset FailedAt);

    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>How a commit ended.</summary>
internal enum CommitOutcome
{
    Committed,
    Conflict,
    AlreadyExists,
    KeyConsumed,
    NotFound,
}
