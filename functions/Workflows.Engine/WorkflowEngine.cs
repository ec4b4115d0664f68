using System.Diagnostics;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflows.Engine.Storage;

namespace Workflows.Engine;

/// <summary>
/// The heart of the engine: load, decide, commit one transition atomically, then carry out its effects.
/// Shared by <see cref="WorkflowClient"/>, <see cref="WorkItemProcessor"/> and <see cref="Sweeper"/>.
/// </summary>
/// <remarks>
/// Crash safety: before a transition that creates timers or outbox items commits, a due-index row is written
/// for each (an intent). After commit the fast path enqueues queue messages; if the process dies between the
/// two, the sweeper finds the due row and does the work. An intent whose transition never committed points at
/// nothing and is dropped.
/// </remarks>
internal sealed class WorkflowEngine
{
    private readonly WorkflowRegistry _registry;
    private readonly WorkflowEngineOptions _options;
    private readonly TimeProvider _time;
    private readonly IOutboxDispatcher _dispatcher;
    private readonly InProcessTimers? _timers;
    private readonly SnapshotCache _snapshots;
    private readonly RecentOutbox _recentOutbox;
    private readonly ILogger _logger;

    public WorkflowEngine(
        WorkflowStore store,
        WorkflowRegistry registry,
        WorkflowEngineOptions options,
        TimeProvider time,
        IOutboxDispatcher dispatcher,
        EngineFaults faults,
        ILogger<WorkflowEngine>? logger = null,
        InProcessTimers? timers = null)
    {
        Store = store;
        _registry = registry;
        _options = options;
        _time = time;
        _dispatcher = dispatcher;
        Faults = faults;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _timers = timers;
        _timers?.Bind(FireHeldTimerAsync);
        _snapshots = new SnapshotCache(options.SnapshotCacheCapacity);
        _recentOutbox = new RecentOutbox(options.SnapshotCacheCapacity);
    }

    public WorkflowStore Store { get; }
    public EngineFaults Faults { get; }
    public WorkflowRegistry Registry => _registry;
    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>Forgets the cached snapshot of an instance (purged, or changed outside a transition).</summary>
    public void Forget(InstanceId id) => _snapshots.Remove(id);

    // ---- Start -------------------------------------------------------------------------------------------

    public async Task<StartResult> StartAsync(string workflowName, object? input, StartOptions? options, CancellationToken ct)
    {
        if (!_registry.TryGet(workflowName, out var workflow))
        {
            throw new ArgumentException($"No workflow named '{workflowName}'.", nameof(workflowName));
        }

        var id = options?.InstanceId
            ?? (options?.IdempotencyKey is { } key ? InstanceId.FromIdempotencyKey(workflowName, key) : InstanceId.New());
        var inputElement = input is JsonElement e ? e : WorkflowJson.ToElement(input);
        var now = Now;
        using var activity = EngineTelemetry.Source.StartActivity("workflow.start");
        activity?.SetTag("workflow.name", workflowName);
        activity?.SetTag("workflow.instance", id.Value);

        var decision = workflow.Start(inputElement, new DecisionContext(id, now));
        if (decision.Rejection is not null)
        {
            return new StartResult(id, false, decision.Rejection);
        }

        var snapshot = new InstanceSnapshot
        {
            Id = id,
            WorkflowName = workflowName,
            Version = workflow.Version,
            Status = RuntimeStatus.Running,
            CreatedAt = now,
            InputJson = inputElement.GetRawText(),
        };
        var transition = new Transition(snapshot, now, isStart: true);
        transition.Apply(decision, workflow.Version, "Started", workflowName, null);
        var outcome = await CommitAsync(transition, ct);
        switch (outcome)
        {
            case CommitOutcome.Committed:
                _snapshots.Set(transition.Next);
                await AfterCommitAsync(transition, ct);
                return new StartResult(id, true);
            case CommitOutcome.AlreadyExists:
                return new StartResult(id, false);
            default:
                throw new InvalidOperationException($"Start of {id} ended with {outcome}.");
        }
    }

    // ---- Transitions -------------------------------------------------------------------------------------

    /// <summary>
    /// Runs one transition with optimistic concurrency: <paramref name="plan"/> fills the transition from the
    /// loaded snapshot, or returns a result to stop without committing. On an ETag conflict it reloads and plans again.
    /// </summary>
    public async Task<EventResult> TransitionAsync(
        InstanceId id,
        Func<InstanceSnapshot, Transition, EventResult?> plan,
        string? singleUseKey,
        CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        using var activity = EngineTelemetry.Source.StartActivity("workflow.transition");
        activity?.SetTag("workflow.instance", id.Value);
        if (singleUseKey is not null && await IsConsumedAsync(id, singleUseKey, ct))
        {
            return new EventResult(EventOutcome.AlreadyConsumed, null, null, "This link or form was already used.");
        }

        var mayUseCache = true;
        for (var attempt = 0; attempt < _options.MaxConflictRetries; attempt++)
        {
            // The first attempt may start from this process's last commit; every retry reads storage.
            InstanceSnapshot? cached = null;
            var fromCache = mayUseCache && _snapshots.TryGet(id, out cached);
            mayUseCache = false;
            var snapshot = fromCache ? cached : await Store.LoadAsync(id, ct);
            if (snapshot is null)
            {
                return EventResult.NotFound;
            }

            var transition = new Transition(snapshot.Clone(), Now, isStart: false) { ConsumeKey = singleUseKey };
            var stop = plan(snapshot, transition);
            if (stop is not null)
            {
                if (fromCache)
                {
                    // A refusal is an answer to the caller: confirm it on the stored snapshot, never on a guess.
                    attempt--;
                    continue;
                }

                return stop;
            }

            CommitOutcome outcome;
            try
            {
                outcome = await CommitAsync(transition, ct);
            }
            catch (WorkflowStateTooLargeException) when (fromCache)
            {
                // Also an answer to the caller: decide again on the stored snapshot before giving it.
                attempt--;
                continue;
            }

            switch (outcome)
            {
                case CommitOutcome.Committed:
                    _snapshots.Set(transition.Next);
                    EngineTelemetry.TransitionDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    activity?.SetTag("workflow.name", transition.Next.WorkflowName);
                    activity?.SetTag("workflow.sequence", transition.Next.Sequence);
                    await AfterCommitAsync(transition, ct);
                    return new EventResult(EventOutcome.Applied, transition.Next.Status, transition.Next.CustomStatus);
                case CommitOutcome.KeyConsumed:
                    return new EventResult(EventOutcome.AlreadyConsumed, snapshot.Status, snapshot.CustomStatus, "This link or form was already used.");
                case CommitOutcome.NotFound:
                    _snapshots.Remove(id);
                    return EventResult.NotFound;
                default:
                    _snapshots.Remove(id);
                    EngineTelemetry.Conflicts.Add(1);
                    if (attempt > 2)
                    {
                        // Many writers on one instance: spread them out a little (wall-clock contention, not business time).
                        await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 5 * Math.Min(attempt, 20))), ct);
                    }

                    break;
            }
        }

        throw new WorkflowConcurrencyException($"Instance {id} changed concurrently {_options.MaxConflictRetries} times.");
    }

    /// <summary>Decides <paramref name="message"/> into <paramref name="transition"/>; a throwing decider fails the instance.</summary>
    public EventResult? Decide(InstanceSnapshot snapshot, Transition transition, WorkflowMessage message, string kind, string? payloadJson)
    {
        if (!_registry.TryGet(snapshot.WorkflowName, out var workflow))
        {
            throw new InvalidOperationException($"Workflow '{snapshot.WorkflowName}' is not registered in this deployment.");
        }

        string? rejection;
        try
        {
            var decision = workflow.Decide(transition.Next.Version, transition.Next.State, message, new DecisionContext(snapshot.Id, transition.Now));
            if (snapshot.Version != workflow.Version && decision.Rejection is null)
            {
                transition.Record("Migrated", $"{snapshot.Version}->{workflow.Version}", null);
            }

            rejection = transition.Apply(decision, workflow.Version, kind, message.Name, payloadJson);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.DeciderFailed(snapshot.Id.Value, ex.GetType().Name, ex);
            transition.Next.FailureReason = $"{ex.GetType().Name}: {ex.Message}";
            transition.Record(kind, message.Name, payloadJson);
            transition.End(RuntimeStatus.Failed, null);
            transition.Record("Failed", ex.GetType().Name, JsonSerializer.Serialize(new { reason = transition.Next.FailureReason }));
            return null;
        }

        if (rejection is not null)
        {
            _logger.Rejected(snapshot.Id.Value, message.Name, rejection);
            return new EventResult(EventOutcome.Rejected, snapshot.Status, snapshot.CustomStatus, rejection);
        }

        return null;
    }

    private async Task<bool> IsConsumedAsync(InstanceId id, string key, CancellationToken ct)
    {
        var row = await Store.Instances.GetEntityIfExistsAsync<TableEntity>(id.Value, Keys.Consumed(key), ["RowKey"], ct);
        return row.HasValue;
    }

    private async Task<CommitOutcome> CommitAsync(Transition transition, CancellationToken ct)
    {
        var intents = new List<TableEntity>();
        foreach (var (name, timer) in transition.NewTimers)
        {
            intents.Add(WorkflowStore.DueRow(
                timer.DueAt + _options.SweepGrace,
                Keys.DueTimer(transition.Next.Id, name, timer.Generation),
                WorkItem.Timer,
                transition.Next.Id,
                WorkItem.ForTimer(transition.Next.Id, name, timer).Ref));
        }

        foreach (var row in transition.Outbox)
        {
            var outboxId = row.RowKey[Keys.OutboxPrefix.Length..];
            intents.Add(WorkflowStore.DueRow(
                transition.Now + _options.SweepGrace,
                Keys.DueOutbox(transition.Next.Id, outboxId),
                WorkItem.Outbox,
                transition.Next.Id,
                outboxId));
        }

        if (intents.Count > 0)
        {
            await Store.WriteDueAsync(intents, ct);
            Faults.Hit(FaultPoint.AfterIntentsBeforeCommit);
        }

        var outcome = await Store.CommitAsync(transition, ct);
        if (outcome == CommitOutcome.Committed)
        {
            EngineTelemetry.Transitions.Add(1, new KeyValuePair<string, object?>("workflow.name", transition.Next.WorkflowName));
            _logger.Transitioned(transition.Next.Id.Value, transition.Next.WorkflowName, transition.Next.CustomStatus, transition.Next.Status, transition.Next.Sequence);
        }

        return outcome;
    }

    /// <summary>The fast path after commit: enqueue the work and refresh the index. Failures are left to the sweeper.</summary>
    private async Task AfterCommitAsync(Transition transition, CancellationToken ct)
    {
        Faults.Hit(FaultPoint.AfterCommitBeforeEnqueue);
        var id = transition.Next.Id;
        var tasks = new List<Task>(transition.Outbox.Count + transition.NewTimers.Count + 1);
        foreach (var row in transition.Outbox)
        {
            _recentOutbox.Add(row);
            tasks.Add(Store.EnqueueAsync(WorkItem.ForOutbox(id, row.RowKey[Keys.OutboxPrefix.Length..]), TimeSpan.Zero, ct));
        }

        foreach (var (name, timer) in transition.NewTimers)
        {
            tasks.Add(ScheduleTimerAsync(WorkItem.ForTimer(id, name, timer), timer.DueAt - transition.Now, ct));
        }

        // The index row is queued, not awaited: queries of this process wait for it (read your writes), the
        // transition does not, so concurrent transitions' index rows go out together.
        _ = ObserveAsync(Store.UpsertIndexAsync(transition.Next, CancellationToken.None), "index", id);
        try
        {
            await Task.WhenAll(tasks);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.PostCommitFailed("enqueue", id.Value, ex);
        }
    }

    private async Task ObserveAsync(Task write, string step, InstanceId id)
    {
        try
        {
            await write;
        }
        catch (Exception ex)
        {
            // The index is a projection: RebuildIndexAsync repairs a row whose write was lost.
            _logger.PostCommitFailed(step, id.Value, ex);
        }
    }

    // ---- Timers ------------------------------------------------------------------------------------------

    public async Task HandleTimerAsync(WorkItem item, CancellationToken ct)
    {
        var id = InstanceId.Parse(item.InstanceId);
        if (!item.TryReadTimer(out var name, out var generation))
        {
            throw new FormatException("Malformed timer reference.");
        }

        var now = Now;
        if (item.DueAt is { } due && due > now)
        {
            // Early (a hop past the queue's 7-day limit): wait again.
            await ScheduleTimerAsync(item, due - now, ct);
            return;
        }

        TimerEntry? fired = null;
        using var activity = EngineTelemetry.Source.StartActivity("workflow.timer");
        activity?.SetTag("workflow.instance", id.Value);
        activity?.SetTag("workflow.timer", name);
        var result = await TransitionAsync(id, (snapshot, t) =>
        {
            if (snapshot.IsTerminal || !snapshot.Timers.TryGetValue(name, out var timer) || timer.Generation != generation)
            {
                return new EventResult(EventOutcome.NotRunning, snapshot.Status, snapshot.CustomStatus, "Timer cancelled, replaced or already fired.");
            }

            if (timer.DueAt > t.Now)
            {
                return new EventResult(EventOutcome.Rejected, snapshot.Status, snapshot.CustomStatus, "not-yet");
            }

            fired = timer;
            t.Next.Timers.Remove(name);
            if (snapshot.Status == RuntimeStatus.Suspended)
            {
                t.Next.Deferred.Add(new DeferredTimer(name, timer.DueAt));
                t.Record("TimerDeferred", name, null);
                return null;
            }

            if (Decide(snapshot, t, new TimerFired(name, timer.DueAt), "TimerFired", null) is { } refused)
            {
                // The workflow no longer wants this timer (its step has passed): drop it for good, on the record.
                t.Record("TimerIgnored", name, JsonSerializer.Serialize(new { reason = refused.Reason }));
            }

            return null;
        }, null, ct);

        if (result.Outcome == EventOutcome.Rejected && result.Reason == "not-yet")
        {
            // The timer moved later under the same generation only if the clock went back; wait for it.
            await ScheduleTimerAsync(item, TimeSpan.FromSeconds(5), ct);
            return;
        }

        if (fired is not null && result.Applied)
        {
            EngineTelemetry.TimerLateness.Record((Now - fired.DueAt).TotalMilliseconds);
            Faults.Hit(FaultPoint.AfterTimerCommit);
        }

        var dueAt = fired?.DueAt ?? item.DueAt;
        if (dueAt is not null)
        {
            await Store.DeleteDueAsync(Keys.DueBucket(dueAt.Value + _options.SweepGrace), Keys.DueTimer(id, name, generation), ct);
        }
    }

    /// <summary>A near timer is held in this process when local workers run; any other travels as a delayed queue message.</summary>
    private Task ScheduleTimerAsync(WorkItem item, TimeSpan delay, CancellationToken ct) =>
        _timers?.TrySchedule(item, delay) == true ? Task.CompletedTask : Store.EnqueueAsync(item, delay, ct);

    /// <summary>Fires a timer held in process; on failure hands it to the queue, whose retry and poison rules then apply.</summary>
    private async Task FireHeldTimerAsync(WorkItem item, CancellationToken ct)
    {
        try
        {
            await HandleTimerAsync(item, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.PostCommitFailed("in-process timer", item.InstanceId, ex);
            await Store.EnqueueAsync(item, TimeSpan.FromSeconds(1), ct);
        }
    }

    // ---- Outbox ------------------------------------------------------------------------------------------

    public async Task HandleOutboxAsync(WorkItem item, CancellationToken ct)
    {
        var id = InstanceId.Parse(item.InstanceId);
        var outboxId = item.Ref;

        // Committed by this process a moment ago: start from that copy; the lease below is guarded by its ETag.
        var row = _recentOutbox.Take(id, outboxId);
        var fromCache = row is not null;
        int attempt;
        while (true)
        {
            row ??= await Store.GetOutboxAsync(id, outboxId, ct);
            var now = Now;
            if (row is null || row.GetString("Status") != OutboxStatus.Pending)
            {
                await DeleteOutboxDueAsync(id, outboxId, row, ct);
                return;
            }

            if (row.GetDateTimeOffset("NextAttemptAt") is { } next && next > now)
            {
                return; // A retry is scheduled; its own message will come.
            }

            if (row.GetDateTimeOffset("LeaseUntil") is { } lease && lease > now)
            {
                return; // Another worker is sending it right now.
            }

            attempt = (row.GetInt32("Attempts") ?? 0) + 1;
            row["Attempts"] = attempt;
            row["LeaseUntil"] = now + _options.DispatchLease;
            if (await Store.TryUpdateOutboxAsync(row, ct))
            {
                break;
            }

            if (!fromCache)
            {
                return; // Someone else took it.
            }

            // The copy was stale: read the row and decide again.
            row = null;
            fromCache = false;
        }

        using var activity = EngineTelemetry.Source.StartActivity("workflow.dispatch");
        activity?.SetTag("workflow.instance", id.Value);
        activity?.SetTag("workflow.outbox", outboxId);
        var email = new SendEmail(
            row.GetString("Template"),
            row.GetString("To"),
            row.GetString("Culture"),
            JsonDocument.Parse(LargeText.Read(row, "Model") ?? "null").RootElement);
        var outboxItem = new OutboxItem(id, row.GetString("WorkflowName"), outboxId, email, attempt);

        try
        {
            var providerId = await _dispatcher.DispatchAsync(outboxItem, ct);
            Faults.Hit(FaultPoint.AfterSendBeforeMark);
            row["Status"] = OutboxStatus.Sent;
            row["SentAt"] = Now;
            row["ProviderMessageId"] = providerId;
            row["LeaseUntil"] = null;
            row["LastError"] = null;
            await Store.TryUpdateOutboxAsync(row, ct);
            EngineTelemetry.Dispatched.Add(1);
            _logger.Dispatched(id.Value, outboxId);
            await DeleteOutboxDueAsync(id, outboxId, row, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not SimulatedCrashException)
        {
            EngineTelemetry.DispatchFailures.Add(1);
            var transient = ex is not OutboxDispatchException { IsTransient: false };
            var reason = ex is OutboxDispatchException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
            row["LastError"] = LargeText.Truncate(reason, 2000);
            row["LeaseUntil"] = null;
            if (transient && attempt < _options.MaxDispatchAttempts)
            {
                var delay = (ex as OutboxDispatchException)?.RetryAfter ?? Backoff(attempt);
                var retryAt = Now + delay;
                row["NextAttemptAt"] = retryAt;
                await Store.TryUpdateOutboxAsync(row, ct);

                // Move the due row to the retry time so the sweeper does not retry early, then enqueue the retry.
                await Store.WriteDueAsync(
                    [WorkflowStore.DueRow(retryAt + _options.SweepGrace, Keys.DueOutbox(id, outboxId), WorkItem.Outbox, id, outboxId)], ct);
                await DeleteOutboxDueAsync(id, outboxId, null, ct, exceptBucket: Keys.DueBucket(retryAt + _options.SweepGrace));
                await Store.EnqueueAsync(item, delay, ct);
                _logger.DispatchRetry(id.Value, outboxId, attempt, reason, delay);
                return;
            }

            row["Status"] = OutboxStatus.Failed;
            await Store.TryUpdateOutboxAsync(row, ct);
            await Store.SendPoisonAsync(item, reason, Now, ct);
            EngineTelemetry.Poisoned.Add(1);
            _logger.Poisoned(item.Kind, id.Value, outboxId, reason);
            await DeleteOutboxDueAsync(id, outboxId, null, ct);
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        var seconds = _options.FirstRetryDelay.TotalSeconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(seconds, _options.MaxRetryDelay.TotalSeconds);
        return TimeSpan.FromSeconds(capped * (0.8 + (0.4 * Random.Shared.NextDouble())));
    }

    private async Task DeleteOutboxDueAsync(InstanceId id, string outboxId, TableEntity? row, CancellationToken ct, string? exceptBucket = null)
    {
        // The due row sits in the bucket of its sweep time: created + grace, or the last retry time + grace.
        var buckets = new HashSet<string>(StringComparer.Ordinal);
        if (row?.GetDateTimeOffset("CreatedAt") is { } created)
        {
            buckets.Add(Keys.DueBucket(created + _options.SweepGrace));
        }

        if (row?.GetDateTimeOffset("NextAttemptAt") is { } retry)
        {
            buckets.Add(Keys.DueBucket(retry + _options.SweepGrace));
        }

        if (row is null)
        {
            // Unknown bucket: find it (rare path: purged instance, poison).
            var filter = TableClient.CreateQueryFilter($"RowKey eq {Keys.DueOutbox(id, outboxId)}");
            await foreach (var due in Store.Due.QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: ct))
            {
                buckets.Add(due.PartitionKey);
            }
        }

        foreach (var bucket in buckets.Where(b => b != exceptBucket))
        {
            await Store.DeleteDueAsync(bucket, Keys.DueOutbox(id, outboxId), ct);
        }
    }
}
