using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure.Data.Tables;
using Workflows.Engine.Storage;

namespace Workflows.Engine;

/// <summary>
/// Starts, steers and reads workflow instances. Thread-safe; register as a singleton.
/// </summary>
/// <remarks>Every operation has one full overload ending in a <see cref="CancellationToken"/>.</remarks>
public sealed class WorkflowClient
{
    /// <summary>The most poison messages one listing or retry walks through.</summary>
    public const int MaxPoisonListed = 1000;

    // How long a walk of the poison queue may hide messages from other readers if it dies half-way.
    private static readonly TimeSpan PoisonWalkHold = TimeSpan.FromMinutes(1);

    private readonly WorkflowEngine _engine;

    internal WorkflowClient(WorkflowEngine engine) => _engine = engine;

    private WorkflowStore Store => _engine.Store;

    /// <summary>Starts an instance of <paramref name="workflowName"/> with <paramref name="input"/>.</summary>
    /// <exception cref="ArgumentException">Unknown workflow.</exception>
    public Task<StartResult> StartAsync(string workflowName, object? input, StartOptions? options, CancellationToken cancellationToken) =>
        _engine.StartAsync(workflowName, input, options, cancellationToken);

    /// <summary>Starts an instance with default options.</summary>
    public Task<StartResult> StartAsync(string workflowName, object? input, CancellationToken cancellationToken = default) =>
        StartAsync(workflowName, input, null, cancellationToken);

    /// <summary>Raises the external event <paramref name="eventName"/> on an instance and decides it now.</summary>
    public Task<EventResult> RaiseEventAsync(InstanceId instanceId, string eventName, object? payload, RaiseEventOptions? options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        var element = payload is JsonElement e ? e : WorkflowJson.ToElement(payload);
        var payloadJson = element.ValueKind == JsonValueKind.Undefined ? null : element.GetRawText();
        return _engine.TransitionAsync(instanceId, (snapshot, t) =>
        {
            if (snapshot.Status == RuntimeStatus.Suspended)
            {
                return new EventResult(EventOutcome.NotRunning, snapshot.Status, snapshot.CustomStatus, "The instance is suspended.");
            }

            if (snapshot.IsTerminal)
            {
                return new EventResult(EventOutcome.NotRunning, snapshot.Status, snapshot.CustomStatus, "The instance has ended.");
            }

            return _engine.Decide(snapshot, t, new EventRaised(eventName, element), "EventRaised", payloadJson);
        }, options?.SingleUseKey, cancellationToken);
    }

    /// <summary>Raises an event with default options.</summary>
    public Task<EventResult> RaiseEventAsync(InstanceId instanceId, string eventName, object? payload = null, CancellationToken cancellationToken = default) =>
        RaiseEventAsync(instanceId, eventName, payload, null, cancellationToken);

    /// <summary>Suspends a running instance: events are refused and timers wait until it is resumed.</summary>
    public Task<EventResult> SuspendAsync(InstanceId instanceId, string? reason, CancellationToken cancellationToken = default) =>
        _engine.TransitionAsync(instanceId, (snapshot, t) =>
        {
            if (snapshot.Status != RuntimeStatus.Running)
            {
                return new EventResult(EventOutcome.NotRunning, snapshot.Status, snapshot.CustomStatus, $"The instance is {snapshot.Status}.");
            }

            t.Next.Status = RuntimeStatus.Suspended;
            t.Record("Suspended", null, Reason(reason));
            return null;
        }, null, cancellationToken);

    /// <summary>Resumes a suspended instance and delivers the timers that came due meanwhile, in order.</summary>
    public Task<EventResult> ResumeAsync(InstanceId instanceId, string? reason, CancellationToken cancellationToken = default) =>
        _engine.TransitionAsync(instanceId, (snapshot, t) =>
        {
            if (snapshot.Status != RuntimeStatus.Suspended)
            {
                return new EventResult(EventOutcome.NotRunning, snapshot.Status, snapshot.CustomStatus, $"The instance is {snapshot.Status}.");
            }

            t.Next.Status = RuntimeStatus.Running;
            t.Record("Resumed", null, Reason(reason));
            var deferred = t.Next.Deferred.ToList();
            t.Next.Deferred.Clear();
            foreach (var timer in deferred)
            {
                if (t.Next.IsTerminal)
                {
                    break;
                }

                // A deferred timer the workflow refuses now is dropped: the step it was for has passed.
                _ = _engine.Decide(t.Next.Clone(), t, new TimerFired(timer.Name, timer.DueAt), "TimerFired", null);
            }

            return null;
        }, null, cancellationToken);

    /// <summary>Terminates an instance that has not ended; its pending timers are cancelled.</summary>
    public Task<EventResult> TerminateAsync(InstanceId instanceId, string? reason, CancellationToken cancellationToken = default) =>
        _engine.TransitionAsync(instanceId, (snapshot, t) =>
        {
            if (snapshot.IsTerminal)
            {
                return new EventResult(EventOutcome.NotRunning, snapshot.Status, snapshot.CustomStatus, $"The instance is {snapshot.Status}.");
            }

            t.End(RuntimeStatus.Terminated, reason);
            t.Record("Terminated", null, Reason(reason));
            return null;
        }, null, cancellationToken);

    /// <summary>
    /// Fires one pending timer of an instance now, as the queue or the sweeper would, provided it is due by the engine's
    /// clock. For tests and tools that drive an instance's timeline themselves (the demo seed runs an engine on a clock
    /// of its own); the queue and the sweeper still deliver every timer on their own.
    /// </summary>
    /// <returns>False when the instance has no such pending timer or it is not yet due.</returns>
    public async Task<bool> FireTimerAsync(InstanceId instanceId, string timerName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timerName);
        var snapshot = await Store.LoadAsync(instanceId, cancellationToken);
        if (snapshot is null || snapshot.IsTerminal || !snapshot.Timers.TryGetValue(timerName, out var timer) || timer.DueAt > _engine.Now)
        {
            return false;
        }

        await _engine.HandleTimerAsync(WorkItem.ForTimer(instanceId, timerName, timer), cancellationToken);
        return true;
    }

    /// <summary>Deletes an ended instance and all its rows. Returns false when it does not exist or has not ended.</summary>
    public async Task<PurgeResult> PurgeAsync(InstanceId instanceId, CancellationToken cancellationToken = default)
    {
        var snapshot = await Store.LoadAsync(instanceId, cancellationToken);
        if (snapshot is null)
        {
            return PurgeResult.NotFound;
        }

        if (!snapshot.IsTerminal)
        {
            return PurgeResult.NotEnded;
        }

        _engine.Forget(instanceId);
        await Store.DeletePartitionAsync(instanceId, cancellationToken);
        await Store.DeleteIndexAsync(snapshot, cancellationToken);
        return PurgeResult.Purged;
    }

    /// <summary>
    /// Erases the personal data of an ended instance: its input, state and output, its history and its e-mails. What
    /// the figures count stays: the workflow, status, step, tags and dates, in the snapshot and the query index, with
    /// the time of erasure. Erasing again only finishes an erasure a crash cut short.
    /// </summary>
    public async Task<EraseResult> EraseAsync(InstanceId instanceId, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var snapshot = await Store.LoadAsync(instanceId, cancellationToken);
            if (snapshot is null)
            {
                return EraseResult.NotFound;
            }

            if (!snapshot.IsTerminal)
            {
                return EraseResult.NotEnded;
            }

            var already = snapshot.ErasedAt is not null;
            await Store.DeleteHistoryAndOutboxAsync(instanceId, cancellationToken);
            var erased = snapshot.Clone();
            erased.StateJson = "null";
            erased.InputJson = null;
            erased.Output = null;
            erased.Timers = new(StringComparer.Ordinal);
            erased.Deferred = [];
            erased.ErasedAt ??= _engine.Now;

            // The index row is written last: until it shows the erasure, the retention run picks the instance again.
            if (already || await Store.TryReplaceSnapshotAsync(erased, cancellationToken))
            {
                _engine.Forget(instanceId);
                await Store.UpsertIndexAsync(erased, cancellationToken);
                return already ? EraseResult.AlreadyErased : EraseResult.Erased;
            }
        }

        throw new WorkflowConcurrencyException("Could not erase the instance: its snapshot kept changing.");
    }

    /// <summary>
    /// Erases every instance of <paramref name="workflowNames"/> that ended before <paramref name="endedBefore"/> and
    /// is not erased yet (the retention run); returns how many were erased.
    /// </summary>
    public async Task<int> EraseEndedAsync(IReadOnlyCollection<string> workflowNames, DateTimeOffset endedBefore, CancellationToken cancellationToken = default)
    {
        var due = new List<InstanceId>();
        foreach (var name in workflowNames)
        {
            // Whatever ended before the cutoff was created before it too: the months after it are not read.
            var ended = new WorkflowQuery
            {
                WorkflowName = name,
                RuntimeStatus = [RuntimeStatus.Completed, RuntimeStatus.Failed, RuntimeStatus.Terminated],
                CreatedTo = endedBefore,
            };
            await foreach (var item in QueryAllAsync(ended, cancellationToken))
            {
                if (item.ErasedAt is null && item.LastUpdatedAt < endedBefore)
                {
                    due.Add(item.InstanceId);
                }
            }
        }

        var count = 0;
        foreach (var id in due)
        {
            count += await EraseAsync(id, cancellationToken) == EraseResult.Erased ? 1 : 0;
        }

        return count;
    }

    /// <summary>Gets an instance's status, with its input and state, and its history when asked.</summary>
    public async Task<WorkflowMetadata?> GetInstanceAsync(InstanceId instanceId, bool includeHistory, CancellationToken cancellationToken = default)
    {
        var snapshot = await Store.LoadAsync(instanceId, cancellationToken);
        if (snapshot is null)
        {
            return null;
        }

        IReadOnlyList<HistoryEvent>? history = null;
        if (includeHistory)
        {
            var page = await GetHistoryAsync(instanceId, 1, 1000, cancellationToken);
            history = page;
        }

        return snapshot.ToMetadata(withData: true, history);
    }

    /// <summary>Reads history rows from <paramref name="fromSequence"/> (1-based), at most <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(InstanceId instanceId, long fromSequence, int max, CancellationToken cancellationToken = default)
    {
        var rows = await Store.QueryPartitionAsync(instanceId, Keys.History(Math.Max(1, fromSequence)), Keys.HistoryPrefix + "~", Math.Clamp(max, 1, 1000), cancellationToken);
        return [.. rows.Select(r => new HistoryEvent(
            long.Parse(r.RowKey.AsSpan(Keys.HistoryPrefix.Length), CultureInfo.InvariantCulture),
            r.GetString("Kind"),
            r.GetString("Name"),
            r.GetDateTimeOffset("At") ?? r.Timestamp ?? default,
            r.GetString("CustomStatus"),
            ParseOrString(r.GetString("Payload"))))];
    }

    /// <summary>The e-mails of an instance with their delivery state, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxRecord>> GetOutboxAsync(InstanceId instanceId, CancellationToken cancellationToken = default)
    {
        var rows = await Store.QueryPartitionAsync(instanceId, Keys.OutboxPrefix, Keys.OutboxPrefix + "~", null, cancellationToken);
        return [.. rows.Select(ToOutboxRecord)];
    }

    /// <summary>Records a provider delivery event (delivered, bounce, ...) on an e-mail. False when unknown.</summary>
    public async Task<bool> RecordDeliveryAsync(InstanceId instanceId, string outboxId, DeliveryEvent delivery, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var row = await Store.GetOutboxAsync(instanceId, outboxId, cancellationToken);
            if (row is null)
            {
                return false;
            }

            var list = JsonSerializer.Deserialize<List<DeliveryEvent>>(row.GetString("Deliveries") ?? "[]", WorkflowJson.Options) ?? [];
            if (list.Contains(delivery))
            {
                return true; // Providers deliver webhooks at least once.
            }

            list.Add(delivery);
            row["Deliveries"] = JsonSerializer.Serialize(list.TakeLast(20), WorkflowJson.Options);
            if (await Store.TryUpdateOutboxAsync(row, cancellationToken))
            {
                return true;
            }
        }

        throw new WorkflowConcurrencyException("Could not record the delivery event.");
    }

    /// <summary>Queries instances newest first, one page at a time.</summary>
    public async Task<WorkflowPage> QueryAsync(WorkflowQuery query, string? continuationToken, CancellationToken cancellationToken = default)
    {
        var size = Math.Clamp(query.PageSize, 1, 1000);
        await Store.IndexWrittenAsync(cancellationToken);
        await foreach (var page in Store.Index.QueryAsync<TableEntity>(BuildFilter(query), size, cancellationToken: cancellationToken)
                           .AsPages(continuationToken, size))
        {
            return new WorkflowPage([.. page.Values.Select(FromIndex)], page.ContinuationToken);
        }

        return new WorkflowPage([], null);
    }

    /// <summary>Streams every instance matching <paramref name="query"/> (for figures and exports).</summary>
    public async IAsyncEnumerable<WorkflowMetadata> QueryAllAsync(WorkflowQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Store.IndexWrittenAsync(cancellationToken);
        await foreach (var row in Store.Index.QueryAsync<TableEntity>(BuildFilter(query), 1000, cancellationToken: cancellationToken))
        {
            yield return FromIndex(row);
        }
    }

    /// <summary>Purges every ended instance matching <paramref name="query"/>; returns how many.</summary>
    public async Task<int> PurgeAsync(WorkflowQuery query, CancellationToken cancellationToken = default)
    {
        var count = 0;
        var ended = query with { RuntimeStatus = query.RuntimeStatus ?? [RuntimeStatus.Completed, RuntimeStatus.Failed, RuntimeStatus.Terminated] };
        var ids = new List<InstanceId>();
        await foreach (var item in QueryAllAsync(ended, cancellationToken))
        {
            ids.Add(item.InstanceId);
        }

        foreach (var id in ids)
        {
            if (await PurgeAsync(id, cancellationToken) == PurgeResult.Purged)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Rebuilds the query index row of one instance from its snapshot (repairs a crash before the index write).</summary>
    public async Task<bool> RebuildIndexAsync(InstanceId instanceId, CancellationToken cancellationToken = default)
    {
        var snapshot = await Store.LoadAsync(instanceId, cancellationToken);
        if (snapshot is null)
        {
            return false;
        }

        await Store.UpsertIndexAsync(snapshot, cancellationToken);
        return true;
    }

    /// <summary>The poison queue's messages, in queue order, up to <see cref="MaxPoisonListed"/>.</summary>
    public async Task<IReadOnlyList<PoisonMessage>> GetPoisonMessagesAsync(CancellationToken cancellationToken = default)
    {
        var received = await Store.ReceivePoisonAsync(MaxPoisonListed, PoisonWalkHold, cancellationToken);
        return await Store.ReleasePoisonAsync(received, cancellationToken);
    }

    /// <summary>
    /// Sends one poisoned work item back to the work queue (an outbox item gets a fresh set of attempts).
    /// False when no message <paramref name="messageId"/> is in the poison queue.
    /// </summary>
    public async Task<bool> RetryPoisonMessageAsync(string messageId, CancellationToken cancellationToken = default)
    {
        var received = await Store.ReceivePoisonAsync(MaxPoisonListed, PoisonWalkHold, cancellationToken);
        var message = received.FirstOrDefault(m => m.MessageId == messageId);
        var retried = message is not null && await RetryAsync(message, cancellationToken);
        await Store.ReleasePoisonAsync(retried ? [.. received.Where(m => m.MessageId != messageId)] : received, cancellationToken);
        return retried;
    }

    /// <summary>
    /// Sends every poisoned work item back to the work queue — once the cause (a revoked e-mail key, a provider
    /// outage) is fixed. Items that fail again come back to the poison queue with their new reason. Returns how many
    /// were sent back.
    /// </summary>
    public async Task<int> RetryAllPoisonMessagesAsync(CancellationToken cancellationToken = default)
    {
        // Everything is received first, so an item that fails again while this runs is not picked up twice.
        var received = await Store.ReceivePoisonAsync(MaxPoisonListed, PoisonWalkHold, cancellationToken);
        var kept = new List<PoisonMessage>();
        foreach (var message in received)
        {
            if (!await RetryAsync(message, cancellationToken))
            {
                kept.Add(message);
            }
        }

        await Store.ReleasePoisonAsync(kept, cancellationToken);
        return received.Count - kept.Count;
    }

    private async Task<bool> RetryAsync(PoisonMessage message, CancellationToken cancellationToken)
    {
        if (!InstanceId.TryParse(message.InstanceId, out var id))
        {
            return false; // unreadable: stays for the operator to look at
        }

        if (message.Kind == WorkItem.Outbox)
        {
            var row = await Store.GetOutboxAsync(id, message.Ref, cancellationToken);
            if (row is not null)
            {
                row["Status"] = OutboxStatus.Pending;
                row["Attempts"] = 0;
                row["NextAttemptAt"] = null;
                await Store.TryUpdateOutboxAsync(row, cancellationToken);
            }
        }

        await Store.EnqueueAsync(new WorkItem(message.Kind, message.InstanceId, message.Ref), TimeSpan.Zero, cancellationToken);
        await Store.Poison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        return true;
    }

    private static string? Reason(string? reason) => reason is null ? null : JsonSerializer.Serialize(new { reason });

    private static JsonElement? ParseOrString(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(text).RootElement;
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(text);
        }
    }

    private static OutboxRecord ToOutboxRecord(TableEntity r) => new(
        r.RowKey[Keys.OutboxPrefix.Length..],
        r.GetString("Template"),
        r.GetString("To"),
        r.GetString("Culture"),
        r.GetString("Status"),
        r.GetInt32("Attempts") ?? 0,
        r.GetDateTimeOffset("CreatedAt") ?? default,
        r.GetDateTimeOffset("SentAt"),
        r.GetString("LastError"),
        r.GetString("ProviderMessageId"),
        JsonSerializer.Deserialize<List<DeliveryEvent>>(r.GetString("Deliveries") ?? "[]", WorkflowJson.Options) ?? []);

    private static WorkflowMetadata FromIndex(TableEntity r) => new()
    {
        InstanceId = InstanceId.Parse(r.GetString("InstanceId")),
        Name = r.GetString("WorkflowName"),
        Version = r.GetInt32("WorkflowVersion") ?? 1,
        RuntimeStatus = Enum.Parse<RuntimeStatus>(r.GetString("RuntimeStatus")),
        CustomStatus = r.GetString("CustomStatus"),
        Tags = JsonSerializer.Deserialize<Dictionary<string, string>>(r.GetString("Tags") ?? "{}") ?? [],
        CreatedAt = r.GetDateTimeOffset("CreatedAt") ?? default,
        LastUpdatedAt = r.GetDateTimeOffset("LastUpdatedAt") ?? default,
        HistoryLength = r.GetInt64("Sequence") ?? 0,
        ErasedAt = r.GetDateTimeOffset("ErasedAt"),
    };

    internal static string BuildFilter(WorkflowQuery q)
    {
        var parts = new List<string>();
        var newest = q.CreatedTo ?? DateTimeOffset.MaxValue.AddYears(-1);
        parts.Add(TableClient.CreateQueryFilter($"PartitionKey ge {Keys.IndexPartition(newest)}"));
        if (q.CreatedFrom is { } from)
        {
            parts.Add(TableClient.CreateQueryFilter($"PartitionKey le {Keys.IndexPartition(from)}"));
            parts.Add(TableClient.CreateQueryFilter($"CreatedAt ge {from}"));
        }

        if (q.CreatedTo is { } to)
        {
            parts.Add(TableClient.CreateQueryFilter($"CreatedAt lt {to}"));
        }

        if (q.WorkflowName is { } name)
        {
            parts.Add(TableClient.CreateQueryFilter($"WorkflowName eq {name}"));
        }

        if (q.RuntimeStatus is { Count: > 0 } statuses)
        {
            parts.Add("(" + string.Join(" or ", statuses.Select(s => TableClient.CreateQueryFilter($"RuntimeStatus eq {s.ToString()}"))) + ")");
        }

        if (q.CustomStatus is { Count: > 0 } steps)
        {
            parts.Add("(" + string.Join(" or ", steps.Select(s => TableClient.CreateQueryFilter($"CustomStatus eq {s}"))) + ")");
        }

        foreach (var (tag, value) in q.Tags ?? new Dictionary<string, string>())
        {
            ValidateTag(tag);
            parts.Add($"tag_{tag} eq '{value.Replace("'", "''", StringComparison.Ordinal)}'");
        }

        foreach (var (tag, value) in q.TagsBefore ?? new Dictionary<string, string>())
        {
            ValidateTag(tag);
            parts.Add($"tag_{tag} gt '' and tag_{tag} lt '{value.Replace("'", "''", StringComparison.Ordinal)}'");
        }

        return string.Join(" and ", parts);
    }

    private static void ValidateTag(string tag)
    {
        if (!Keys.IsValidTagName(tag))
        {
            throw new ArgumentException($"'{tag}' is not a tag name.", nameof(tag));
        }
    }
}

/// <summary>The result of purging one instance.</summary>
public enum PurgeResult
{
    /// <summary>Deleted.</summary>
    Purged,

    /// <summary>No such instance.</summary>
    NotFound,

    /// <summary>Still running or suspended: terminate it first.</summary>
    NotEnded,
}

/// <summary>The result of erasing one instance's personal data.</summary>
public enum EraseResult
{
    /// <summary>Erased now.</summary>
    Erased,

    /// <summary>Erased before (anything a crash left behind is gone now).</summary>
    AlreadyErased,

    /// <summary>No such instance.</summary>
    NotFound,

    /// <summary>Still running or suspended: terminate it first.</summary>
    NotEnded,
}
