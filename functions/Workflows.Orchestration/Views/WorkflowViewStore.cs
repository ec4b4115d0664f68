using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Workflows.Steps;

namespace Workflows.Orchestration.Views;

/// <summary>
/// The dashboard's read model on Table Storage: one view row per instance (partitioned by inverted creation month, so
/// a scan reads newest first), its timeline, its e-mails' send records and the e-mails refused for good. Written by
/// the orchestrations' activities and by management commands; rebuilt from nothing but what they write.
/// </summary>
/// <remarks>Thread-safe; register one per process.</remarks>
public sealed class WorkflowViewStore(TableServiceClient tables, ViewTables names)
{
    private const string FailedPartition = "failed";

    /// <summary>Row keys kept in memory at most (<see cref="Remember"/>).</summary>
    internal const int MaxKeptKeys = 50_000;
    private readonly ConcurrentDictionary<string, (string Pk, string Rk)> _keys = new(StringComparer.Ordinal);
    private readonly TableClient _views = tables.GetTableClient(names.Views);
    private readonly TableClient _viewKeys = tables.GetTableClient(names.ViewKeys);
    private readonly TableClient _timeline = tables.GetTableClient(names.Timeline);
    private readonly TableClient _emails = tables.GetTableClient(names.Emails);
    private readonly TableClient _failed = tables.GetTableClient(names.FailedEmails);
    private readonly TableClient _stalled = tables.GetTableClient(names.Stalled);
    private readonly TableClient _parts = tables.GetTableClient(names.ViewParts);

    /// <summary>Wakes those waiting in this process for a view to change (the view is written here or by <see cref="SetStatusAsync"/>).</summary>
    public ViewChanges Changes { get; } = new();

    /// <summary>Creates the tables if they do not exist.</summary>
    public async Task CreateTablesAsync(CancellationToken cancellationToken)
    {
        foreach (var table in new[] { _views, _viewKeys, _timeline, _emails, _failed, _stalled, _parts })
        {
            await table.CreateIfNotExistsAsync(cancellationToken);
        }
    }

    // ---- Views ---------------------------------------------------------------------------------------------------

    /// <summary>
    /// Writes the orchestration's view of an instance. A stale write (an activity retried after a newer one) changes
    /// nothing; a status set by an operator (suspended, terminated) is kept.
    /// </summary>
    public async Task WriteAsync(InstanceViewRecord view, IReadOnlyList<TimelineRecord> newEntries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(newEntries);
        await WriteRowsAsync(view, newEntries, cancellationToken);
        Changes.Changed(view.InstanceId.Value);
    }

    private async Task WriteRowsAsync(InstanceViewRecord view, IReadOnlyList<TimelineRecord> newEntries, CancellationToken cancellationToken)
    {
        if (newEntries.Count == 1)
        {
            await _timeline.UpsertEntityAsync(ToEntity(view.InstanceId, newEntries[0]), TableUpdateMode.Replace, cancellationToken);
        }
        else if (newEntries.Count > 1)
        {
            // One partition (the instance): one request for a turn's entries (at most 100 in a table transaction).
            foreach (var batch in newEntries.Chunk(100))
            {
                await _timeline.SubmitTransactionAsync(
                    batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(view.InstanceId, e))),
                    cancellationToken);
            }
        }

        var (pk, rk) = await KeyAsync(view.InstanceId, view.CreatedAt, cancellationToken);
        var spilled = await SpillStateAsync(view, cancellationToken);
        view = view with { State = spilled is null ? view.State : null, StateRef = spilled };
        for (var attempt = 0; ; attempt++)
        {
            var existing = await _views.GetEntityIfExistsAsync<TableEntity>(pk, rk, cancellationToken: cancellationToken);
            var merged = view;
            string? replaced = null;
            if (existing.HasValue)
            {
                var old = FromEntity(existing.Value!);
                if (old.Sequence > view.Sequence || old.ErasedAt is not null)
                {
                    await DeletePartsAsync(view.InstanceId, spilled, cancellationToken);
                    return;
                }

                replaced = old.StateRef;

                merged = view with
                {
                    Input = view.Input ?? old.Input,
                    // A signal's outcome alone keeps the sequence: two such writes arriving out of order (an activity
                    // retried after a later one) both count, each outcome being final once decided.
                    RecentSignals = old.Sequence == view.Sequence ? KeptOutcomes(old.RecentSignals, view.RecentSignals) : view.RecentSignals,
                    RuntimeStatus = old.RuntimeStatus is RuntimeStatus.Terminated
                        || (old.RuntimeStatus is RuntimeStatus.Suspended && view.RuntimeStatus is RuntimeStatus.Running)
                        ? old.RuntimeStatus
                        : view.RuntimeStatus,
                };
            }

            var entity = ToEntity(merged, pk, rk);
            try
            {
                if (existing.HasValue)
                {
                    await _views.UpdateEntityAsync(entity, existing.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                }
                else
                {
                    await _views.AddEntityAsync(entity, cancellationToken);
                }

                if (replaced != merged.StateRef)
                {
                    await DeletePartsAsync(view.InstanceId, replaced, cancellationToken);
                }

                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < 5)
            {
                // Another writer (an operator's command) got there first: read again and merge.
            }
        }
    }

    // ---- States too large for the view row -------------------------------------------------------------------------

    /// <summary>
    /// A state longer than <see cref="InlineStateChars"/> (a request's long exchange of questions and answers) is kept
    /// in parts of its own, so the view row stays far inside Table Storage's 1 MiB per entity whatever the request's
    /// length: written before the row that names it, deleted after the row names another.
    /// </summary>
    internal const int InlineStateChars = 64_000;

    private const int PartChars = 300_000; // ten columns of LargeColumn: 600 KB, inside the entity limit

    private async Task<string?> SpillStateAsync(InstanceViewRecord view, CancellationToken cancellationToken)
    {
        if (view.State?.GetRawText() is not { Length: > InlineStateChars } text)
        {
            return null;
        }

        var reference = "state-" + Guid.NewGuid().ToString("N");
        var parts = Enumerable.Range(0, (text.Length + PartChars - 1) / PartChars).Select(i =>
        {
            var part = new TableEntity(view.InstanceId.Value, $"{reference}-{i:D3}");
            LargeColumn.Write(part, "Text", text.Substring(i * PartChars, Math.Min(PartChars, text.Length - (i * PartChars))));
            return part;
        });
        foreach (var part in parts)
        {
            await _parts.UpsertEntityAsync(part, TableUpdateMode.Replace, cancellationToken);
        }

        return reference;
    }

    private async Task<InstanceViewRecord> WithStateAsync(InstanceViewRecord view, CancellationToken cancellationToken)
    {
        if (view.StateRef is not { } reference)
        {
            return view;
        }

        var text = new System.Text.StringBuilder();
        await foreach (var part in _parts.QueryAsync<TableEntity>(PartsOf(view.InstanceId, reference), cancellationToken: cancellationToken))
        {
            text.Append(LargeColumn.Read(part, "Text"));
        }

        return text.Length == 0 ? view : view with { State = JsonDocument.Parse(text.ToString()).RootElement.Clone() };
    }

    /// <summary>Deletes the parts of the state <paramref name="reference"/> names (nothing when null).</summary>
    private Task DeletePartsAsync(InstanceId instanceId, string? reference, CancellationToken cancellationToken) =>
        reference is null ? Task.CompletedTask : DeleteRowsAsync(PartsOf(instanceId, reference), cancellationToken);

    /// <summary>Deletes the parts of every state of the instance (erasure).</summary>
    private Task DeleteAllPartsAsync(InstanceId instanceId, CancellationToken cancellationToken) =>
        DeleteRowsAsync(PartsOf(instanceId, null), cancellationToken);

    private async Task DeleteRowsAsync(string filter, CancellationToken cancellationToken)
    {
        await foreach (var part in _parts.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await _parts.DeleteEntityAsync(part.PartitionKey, part.RowKey, ETag.All, cancellationToken);
        }
    }

    /// <summary>The parts of one kept state, or (<paramref name="reference"/> null) of every state of the instance.</summary>
    private static string PartsOf(InstanceId instanceId, string? reference) => reference is null
        ? TableClient.CreateQueryFilter($"PartitionKey eq {instanceId.Value}")
        : TableClient.CreateQueryFilter($"PartitionKey eq {instanceId.Value} and RowKey gt {reference + "-"} and RowKey lt {reference + "~"}");

    /// <summary>The outcomes of both writes, each signal once in the order first written, as many as the orchestration keeps.</summary>
    private static List<SignalOutcomeView> KeptOutcomes(IReadOnlyList<SignalOutcomeView> written, IReadOnlyList<SignalOutcomeView> writing)
    {
        var known = written.Select(s => s.SignalId).ToHashSet(StringComparer.Ordinal);
        return [.. written.Concat(writing.Where(s => !known.Contains(s.SignalId))).TakeLast(Math.Max(Orchestrators.DeciderOrchestrator.MaxRecentSignals, writing.Count))];
    }

    /// <summary>Sets the runtime status (an operator's suspend, resume or terminate) and adds the timeline entry.</summary>
    public async Task<bool> SetStatusAsync(InstanceId instanceId, RuntimeStatus status, string kind, string? reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var row = await GetEntityAsync(instanceId, cancellationToken);
            if (row is null)
            {
                return false;
            }

            var view = FromEntity(row);

            // An operator's entry sorts after the orchestration's entry it follows, in a key space of its own: the
            // orchestration numbers its entries itself and must never overwrite this one.
            var entry = new TimelineRecord(view.Sequence, kind, null, at, view.CustomStatus, reason is null ? null : JsonSerializer.SerializeToElement(new { reason }));
            var updated = view with
            {
                RuntimeStatus = status,
                LastUpdatedAt = at,
                EndedAt = status is RuntimeStatus.Terminated ? at : view.EndedAt,
            };
            try
            {
                var key = SequenceKey(view.Sequence) + "-" + at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + kind;
                await _timeline.UpsertEntityAsync(ToEntity(instanceId, entry, key), TableUpdateMode.Replace, cancellationToken);
                await _views.UpdateEntityAsync(ToEntity(updated, row.PartitionKey, row.RowKey), row.ETag, TableUpdateMode.Replace, cancellationToken);
                Changes.Changed(instanceId.Value);
                return true;
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < 5)
            {
                // The orchestration wrote meanwhile: read again.
            }
        }
    }

    /// <summary>Reads one instance's view; null when there is none.</summary>
    public async Task<InstanceViewRecord?> GetAsync(InstanceId instanceId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await GetEntityAsync(instanceId, cancellationToken) is not { } row)
            {
                return null;
            }

            var view = await WithStateAsync(FromEntity(row), cancellationToken);
            if (view.StateRef is null || view.State is not null || attempt > 0)
            {
                return view;
            }

            // Its parts were replaced between the two reads: the row names the new ones now.
        }
    }

    /// <summary>One page of views, newest first.</summary>
    public async Task<(IReadOnlyList<InstanceViewRecord> Items, string? ContinuationToken)> QueryAsync(ViewQuery query, string? continuationToken, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(query.PageSize, 1, 1000);
        await foreach (var page in _views.QueryAsync<TableEntity>(Filter(query), size, cancellationToken: cancellationToken).AsPages(continuationToken, size))
        {
            return (await Task.WhenAll(page.Values.Select(e => WithStateAsync(FromEntity(e), cancellationToken))), page.ContinuationToken);
        }

        return ([], null);
    }

    /// <summary>Every view matching the query, newest first.</summary>
    public async IAsyncEnumerable<InstanceViewRecord> QueryAllAsync(ViewQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var entity in _views.QueryAsync<TableEntity>(Filter(query), 1000, cancellationToken: cancellationToken))
        {
            yield return await WithStateAsync(FromEntity(entity), cancellationToken);
        }
    }

    /// <summary>Erases the personal data of an instance: input, state, its timeline and its e-mails.</summary>
    public async Task EraseAsync(InstanceId instanceId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // The timeline goes whole (its events carry names, answers and notes); the view keeps step, tags and dates.
        await foreach (var entry in _timeline.QueryAsync<TableEntity>(e => e.PartitionKey == instanceId.Value, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await _timeline.DeleteEntityAsync(entry.PartitionKey, entry.RowKey, ETag.All, cancellationToken);
        }

        // The e-mails go whole (recipients, models, delivery reports), as the privacy notice promises.
        await foreach (var mail in _emails.QueryAsync<TableEntity>(e => e.PartitionKey == instanceId.Value, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await _emails.DeleteEntityAsync(mail.PartitionKey, mail.RowKey, ETag.All, cancellationToken);
        }

        await foreach (var failed in _failed.QueryAsync<TableEntity>(e => e.PartitionKey == FailedPartition && e.GetString("InstanceId") == instanceId.Value, cancellationToken: cancellationToken))
        {
            await _failed.DeleteEntityAsync(failed.PartitionKey, failed.RowKey, ETag.All, cancellationToken);
        }

        if (await GetEntityAsync(instanceId, cancellationToken) is { } row)
        {
            var view = FromEntity(row) with { Input = null, State = null, StateRef = null, ConsumedKeys = [], RecentSignals = [], ErasedAt = at };
            await _views.UpdateEntityAsync(ToEntity(view, row.PartitionKey, row.RowKey), ETag.All, TableUpdateMode.Replace, cancellationToken);
        }

        await DeleteAllPartsAsync(instanceId, cancellationToken);
    }

    /// <summary>Deletes everything the dashboard holds of an instance.</summary>
    public async Task DeleteAsync(InstanceId instanceId, CancellationToken cancellationToken)
    {
        foreach (var table in new[] { _timeline, _emails, _parts })
        {
            await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == instanceId.Value, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            }
        }

        await foreach (var row in _failed.QueryAsync<TableEntity>(e => e.PartitionKey == FailedPartition && e.GetString("InstanceId") == instanceId.Value, cancellationToken: cancellationToken))
        {
            await _failed.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }

        if (await GetEntityAsync(instanceId, cancellationToken) is { } view)
        {
            await _views.DeleteEntityAsync(view.PartitionKey, view.RowKey, ETag.All, cancellationToken);
        }

        await _viewKeys.DeleteEntityAsync(instanceId.Value, string.Empty, ETag.All, cancellationToken);
        _keys.TryRemove(instanceId.Value, out _);
    }

    // ---- Timeline ------------------------------------------------------------------------------------------------

    /// <summary>A page of the timeline from <paramref name="fromSequence"/>.</summary>
    public async Task<IReadOnlyList<TimelineRecord>> GetTimelineAsync(InstanceId instanceId, long fromSequence, int max, CancellationToken cancellationToken)
    {
        var from = SequenceKey(Math.Max(1, fromSequence));
        var list = new List<TimelineRecord>();
        await foreach (var row in _timeline.QueryAsync<TableEntity>(e => e.PartitionKey == instanceId.Value && e.RowKey.CompareTo(from) >= 0, cancellationToken: cancellationToken))
        {
            list.Add(FromTimelineEntity(row));
            if (list.Count >= max)
            {
                break;
            }
        }

        return list;
    }

    // ---- E-mails ---------------------------------------------------------------------------------------------------

    /// <summary>The send record of one e-mail with its model; null when none.</summary>
    public async Task<(EmailSendRecord Record, string WorkflowName, JsonElement? Model)?> GetEmailAsync(InstanceId instanceId, string emailId, CancellationToken cancellationToken)
    {
        var row = await _emails.GetEntityIfExistsAsync<TableEntity>(instanceId.Value, emailId, cancellationToken: cancellationToken);
        if (!row.HasValue)
        {
            return null;
        }

        var model = LargeColumn.Read(row.Value!, "Model");
        return (FromEmailEntity(row.Value!), row.Value!.GetString("WorkflowName") ?? string.Empty, model is null ? null : JsonDocument.Parse(model).RootElement.Clone());
    }

    /// <summary>The e-mails of an instance.</summary>
    public async Task<IReadOnlyList<EmailSendRecord>> GetEmailsAsync(InstanceId instanceId, CancellationToken cancellationToken)
    {
        var list = new List<EmailSendRecord>();
        await foreach (var row in _emails.QueryAsync<TableEntity>(e => e.PartitionKey == instanceId.Value, cancellationToken: cancellationToken))
        {
            list.Add(FromEmailEntity(row));
        }

        return list;
    }

    /// <summary>
    /// Reads the e-mail's send record before an attempt (one read, no write: the attempt's outcome is written once,
    /// by <see cref="MarkSentAsync"/> or <see cref="MarkFailedAsync"/>); null when the e-mail was already sent, so it
    /// must not be sent again. A crash between the provider's acceptance and that write can cause one duplicate, as
    /// it could with a record written before the attempt.
    /// </summary>
    /// <returns>The attempt, or null when the e-mail was already sent.</returns>
    public async Task<EmailAttempt?> BeginAttemptAsync(InstanceId instanceId, string workflowName, string emailId, SendEmail email, DateTimeOffset decidedAt, CancellationToken cancellationToken)
    {
        var row = await _emails.GetEntityIfExistsAsync<TableEntity>(instanceId.Value, emailId, cancellationToken: cancellationToken);
        if (!row.HasValue)
        {
            // The first attempt: the record and its model are created with the outcome.
            var record = new TableEntity(instanceId.Value, emailId)
            {
                ["WorkflowName"] = workflowName,
                ["Template"] = email.Template,
                ["To"] = email.To,
                ["Culture"] = email.Culture,
                ["CreatedAt"] = decidedAt,
                ["Attempts"] = 1,
            };
            LargeColumn.Write(record, "Model", email.Model.GetRawText());
            return new EmailAttempt(instanceId, emailId, RefusedBefore: false) { Record = record, IsNew = true };
        }

        var existing = row.Value!;
        var status = existing.GetString("Status");
        if (status == "Sent")
        {
            return null;
        }

        // A retry: the record as read (with its ETag), one attempt more.
        existing["Attempts"] = (existing.GetInt32("Attempts") ?? 0) + 1;
        return new EmailAttempt(instanceId, emailId, RefusedBefore: status == "Failed") { Record = existing, IsNew = false };
    }

    /// <summary>Marks an e-mail sent; one refused before (retried from the dashboard) leaves the operators' list.</summary>
    public async Task MarkSentAsync(EmailAttempt attempt, string? providerMessageId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        await WriteOutcomeAsync(attempt, new() { ["Status"] = "Sent", ["SentAt"] = at, ["ProviderMessageId"] = providerMessageId, ["LastError"] = null }, cancellationToken);
        if (attempt.RefusedBefore)
        {
            await _failed.DeleteEntityAsync(FailedPartition, FailedId(attempt.InstanceId, attempt.EmailId), ETag.All, cancellationToken);
        }
    }

    /// <summary>
    /// Records a failed attempt: a transient one stays queued for the activity's retry, a permanent one is listed for
    /// operators.
    /// </summary>
    public async Task MarkFailedAsync(EmailAttempt attempt, string template, string reason, bool permanent, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        await WriteOutcomeAsync(attempt, new() { ["Status"] = permanent ? "Failed" : "Pending", ["LastError"] = reason }, cancellationToken);
        if (permanent)
        {
            await _failed.UpsertEntityAsync(
                new TableEntity(FailedPartition, FailedId(attempt.InstanceId, attempt.EmailId))
                {
                    ["InstanceId"] = attempt.InstanceId.Value,
                    ["EmailId"] = attempt.EmailId,
                    ["Template"] = template,
                    ["Reason"] = reason,
                    ["FailedAt"] = at,
                },
                TableUpdateMode.Replace,
                cancellationToken);
        }
    }

    private async Task WriteOutcomeAsync(EmailAttempt attempt, Dictionary<string, object?> outcome, CancellationToken cancellationToken)
    {
        var row = WithOutcome(attempt.Record, outcome);
        if (attempt.IsNew)
        {
            await _emails.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
            return;
        }

        // Replaced as read (a column set to null is removed), unless a delivery event was added since: then again on
        // the row as it is now.
        for (var attempts = 0; ; attempts++)
        {
            try
            {
                await _emails.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempts < 5)
            {
                var now = await _emails.GetEntityAsync<TableEntity>(attempt.InstanceId.Value, attempt.EmailId, cancellationToken: cancellationToken);
                row = WithOutcome(now.Value, outcome);
                row["Attempts"] = attempt.Record["Attempts"];
            }
        }
    }

    private static TableEntity WithOutcome(TableEntity record, Dictionary<string, object?> outcome)
    {
        var row = new TableEntity(record) { ETag = record.ETag };
        foreach (var (column, value) in outcome)
        {
            if (value is null)
            {
                row.Remove(column);
            }
            else
            {
                row[column] = value;
            }
        }

        return row;
    }

    /// <summary>Adds a provider's delivery event to an e-mail; false when there is no such e-mail.</summary>
    public async Task<bool> AddDeliveryAsync(InstanceId instanceId, string emailId, DeliveryRecord delivery, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var row = await _emails.GetEntityIfExistsAsync<TableEntity>(instanceId.Value, emailId, cancellationToken: cancellationToken);
            if (!row.HasValue)
            {
                return false;
            }

            var entity = row.Value!;
            var deliveries = ReadDeliveries(entity).ToList();
            if (deliveries.Contains(delivery))
            {
                return true;
            }

            deliveries.Add(delivery);
            entity["Deliveries"] = JsonSerializer.Serialize(deliveries, WorkflowJson.Options);
            try
            {
                await _emails.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
                return true;
            }
            catch (RequestFailedException e) when (e.Status == 412 && attempt < 5)
            {
            }
        }
    }

    /// <summary>Every e-mail refused for good.</summary>
    public async Task<IReadOnlyList<FailedEmailRecord>> GetFailedEmailsAsync(CancellationToken cancellationToken)
    {
        var list = new List<FailedEmailRecord>();
        await foreach (var row in _failed.QueryAsync<TableEntity>(e => e.PartitionKey == FailedPartition, cancellationToken: cancellationToken))
        {
            list.Add(new FailedEmailRecord(
                row.RowKey,
                row.GetString("InstanceId") ?? string.Empty,
                row.GetString("EmailId") ?? string.Empty,
                row.GetString("Template") ?? string.Empty,
                row.GetString("Reason") ?? string.Empty,
                row.GetDateTimeOffset("FailedAt") ?? default));
        }

        return list;
    }

    /// <summary>One e-mail refused for good; null when none.</summary>
    public async Task<FailedEmailRecord?> GetFailedEmailAsync(string id, CancellationToken cancellationToken) =>
        (await GetFailedEmailsAsync(cancellationToken)).FirstOrDefault(f => f.Id == id);

    // ---- Stalled requests -------------------------------------------------------------------------------------------

    private const string StalledPartition = "stalled";

    /// <summary>Records (or updates) a stalled request in the operators' list.</summary>
    public async Task RecordStallAsync(StallRecord stall, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stall);
        var row = new TableEntity(StalledPartition, stall.InstanceId)
        {
            ["WorkflowName"] = stall.WorkflowName,
            ["Step"] = stall.Step,
            ["Tags"] = JsonSerializer.Serialize(stall.Tags, WorkflowJson.Options),
            ["Cause"] = stall.Cause,
            ["Since"] = stall.Since,
            ["Attempts"] = stall.Attempts,
            ["LastAttemptAt"] = stall.LastAttemptAt,
        };
        await _stalled.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        Changes.Changed(stall.InstanceId);
    }

    /// <summary>Removes a request from the stalled list (its turn went through, or it was erased).</summary>
    public async Task ClearStallAsync(InstanceId instanceId, CancellationToken cancellationToken)
    {
        try
        {
            await _stalled.DeleteEntityAsync(StalledPartition, instanceId.Value, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Not stalled.
        }
    }

    /// <summary>One stalled request; null when it is not stalled.</summary>
    public async Task<StallRecord?> GetStallAsync(InstanceId instanceId, CancellationToken cancellationToken)
    {
        var row = await _stalled.GetEntityIfExistsAsync<TableEntity>(StalledPartition, instanceId.Value, cancellationToken: cancellationToken);
        return row.HasValue ? FromStallRow(row.Value!) : null;
    }

    /// <summary>Every stalled request, longest stalled first.</summary>
    public async Task<IReadOnlyList<StallRecord>> GetStalledAsync(CancellationToken cancellationToken)
    {
        var list = new List<StallRecord>();
        await foreach (var row in _stalled.QueryAsync<TableEntity>(e => e.PartitionKey == StalledPartition, cancellationToken: cancellationToken))
        {
            list.Add(FromStallRow(row));
        }

        return [.. list.OrderBy(s => s.Since)];
    }

    private static StallRecord FromStallRow(TableEntity row) => new(
        row.RowKey,
        row.GetString("WorkflowName") ?? string.Empty,
        row.GetString("Step"),
        row.GetString("Tags") is { Length: > 0 } tags
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(tags, WorkflowJson.Options) ?? []
            : new Dictionary<string, string>(),
        row.GetString("Cause") ?? string.Empty,
        row.GetDateTimeOffset("Since") ?? default,
        row.GetInt32("Attempts") ?? 0,
        row.GetDateTimeOffset("LastAttemptAt") ?? default);

    // ---- Rows ------------------------------------------------------------------------------------------------------

    private static string FailedId(InstanceId instanceId, string emailId) => instanceId.Value + "_" + emailId;

    private static string SequenceKey(long sequence) => sequence.ToString("D10", CultureInfo.InvariantCulture);

    private static string MonthKey(DateTimeOffset at)
    {
        var utc = at.UtcDateTime;
        return ((9999 - utc.Year) * 100 + (12 - utc.Month)).ToString("D6", CultureInfo.InvariantCulture);
    }

    private async Task<(string Pk, string Rk)> KeyAsync(InstanceId instanceId, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        if (_keys.TryGetValue(instanceId.Value, out var key))
        {
            return key;
        }

        var known = await _viewKeys.GetEntityIfExistsAsync<TableEntity>(instanceId.Value, string.Empty, cancellationToken: cancellationToken);
        if (known.HasValue)
        {
            key = (known.Value!.GetString("ViewPk")!, known.Value!.GetString("ViewRk")!);
        }
        else
        {
            var inverted = (DateTimeOffset.MaxValue.UtcTicks - createdAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
            key = (MonthKey(createdAt), inverted + "_" + instanceId.Value);
            await _viewKeys.UpsertEntityAsync(
                new TableEntity(instanceId.Value, string.Empty) { ["ViewPk"] = key.Pk, ["ViewRk"] = key.Rk },
                TableUpdateMode.Replace,
                cancellationToken);
        }

        Remember(instanceId, key);
        return key;
    }

    /// <summary>
    /// Keeps an instance's row key (a key is never changed, so a kept one is never wrong): at most
    /// <see cref="MaxKeptKeys"/>, about 8 MB, then started afresh, so a process running for months stays flat.
    /// </summary>
    private void Remember(InstanceId instanceId, (string Pk, string Rk) key)
    {
        if (_keys.Count >= MaxKeptKeys)
        {
            _keys.Clear();
        }

        _keys[instanceId.Value] = key;
    }

    private async Task<TableEntity?> GetEntityAsync(InstanceId instanceId, CancellationToken cancellationToken)
    {
        if (!_keys.TryGetValue(instanceId.Value, out var key))
        {
            var known = await _viewKeys.GetEntityIfExistsAsync<TableEntity>(instanceId.Value, string.Empty, cancellationToken: cancellationToken);
            if (!known.HasValue)
            {
                return null;
            }

            key = (known.Value!.GetString("ViewPk")!, known.Value!.GetString("ViewRk")!);
            Remember(instanceId, key);
        }

        var row = await _views.GetEntityIfExistsAsync<TableEntity>(key.Pk, key.Rk, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    private static string Filter(ViewQuery q)
    {
        var parts = new List<string>();
        if (q.WorkflowName is { } name)
        {
            parts.Add($"Name eq '{Escape(name)}'");
        }

        if (q.RuntimeStatus is { Count: > 0 } statuses)
        {
            parts.Add("(" + string.Join(" or ", statuses.Select(s => $"RuntimeStatus eq '{s}'")) + ")");
        }

        if (q.CustomStatus is { Count: > 0 } steps)
        {
            parts.Add("(" + string.Join(" or ", steps.Select(s => $"CustomStatus eq '{Escape(s)}'")) + ")");
        }

        if (q.CreatedFrom is { } from)
        {
            parts.Add($"PartitionKey le '{MonthKey(from)}' and CreatedAt ge datetime'{from.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffffffZ}'");
        }

        if (q.CreatedTo is { } to)
        {
            parts.Add($"PartitionKey ge '{MonthKey(to)}' and CreatedAt lt datetime'{to.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffffffZ}'");
        }

        foreach (var (tag, value) in q.Tags ?? new Dictionary<string, string>())
        {
            parts.Add($"{TagColumn(tag)} eq '{Escape(value)}'");
        }

        foreach (var (tag, value) in q.TagsBefore ?? new Dictionary<string, string>())
        {
            parts.Add($"{TagColumn(tag)} gt '' and {TagColumn(tag)} lt '{Escape(value)}'");
        }

        return string.Join(" and ", parts);
    }

    private static string Escape(string value) => value.Replace("'", "''", StringComparison.Ordinal);

    /// <summary>True for a tag name usable as a column (letters and digits, up to 40).</summary>
    public static bool IsValidTagName(string tag) => tag.Length is > 0 and <= 40 && tag.All(char.IsAsciiLetterOrDigit);

    private static string TagColumn(string tag) =>
        IsValidTagName(tag) ? "tag_" + tag : throw new ArgumentException($"'{tag}' is not a tag name.", nameof(tag));

    private static TableEntity ToEntity(InstanceViewRecord v, string pk, string rk)
    {
        var e = new TableEntity(pk, rk)
        {
            ["InstanceId"] = v.InstanceId.Value,
            ["Name"] = v.Name,
            ["Version"] = v.Version,
            ["RuntimeStatus"] = v.RuntimeStatus.ToString(),
            ["CustomStatus"] = v.CustomStatus,
            ["Tags"] = JsonSerializer.Serialize(v.Tags),
            ["CreatedAt"] = v.CreatedAt,
            ["LastUpdatedAt"] = v.LastUpdatedAt,
            ["Output"] = v.Output,
            ["FailureReason"] = v.FailureReason,
            ["Timers"] = JsonSerializer.Serialize(v.Timers, WorkflowJson.Options),
            ["Sequence"] = v.Sequence,
            ["ErasedAt"] = v.ErasedAt,
            ["EndedAt"] = v.EndedAt,
            ["RecentSignals"] = JsonSerializer.Serialize(v.RecentSignals, WorkflowJson.Options),
            ["ClockOffsetTicks"] = v.ClockOffset.Ticks,
        };
        foreach (var (tag, value) in v.Tags)
        {
            if (IsValidTagName(tag))
            {
                e["tag_" + tag] = value;
            }
        }

        LargeColumn.Write(e, "Input", v.Input?.GetRawText());
        e["StateRef"] = v.StateRef;
        LargeColumn.Write(e, "State", v.StateRef is null ? v.State?.GetRawText() : null);
        LargeColumn.Write(e, "ConsumedKeys", JsonSerializer.Serialize(v.ConsumedKeys));
        return e;
    }

    private static InstanceViewRecord FromEntity(TableEntity e)
    {
        var input = LargeColumn.Read(e, "Input");
        var state = LargeColumn.Read(e, "State");
        var keys = LargeColumn.Read(e, "ConsumedKeys");
        return new InstanceViewRecord
        {
            InstanceId = InstanceId.Parse(e.GetString("InstanceId")!),
            Name = e.GetString("Name") ?? string.Empty,
            Version = e.GetInt32("Version") ?? 1,
            RuntimeStatus = Enum.TryParse<RuntimeStatus>(e.GetString("RuntimeStatus"), out var status) ? status : RuntimeStatus.Pending,
            CustomStatus = e.GetString("CustomStatus"),
            Tags = JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("Tags") ?? "{}") ?? [],
            CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? default,
            LastUpdatedAt = e.GetDateTimeOffset("LastUpdatedAt") ?? default,
            Input = input is null ? null : JsonDocument.Parse(input).RootElement.Clone(),
            State = state is null ? null : JsonDocument.Parse(state).RootElement.Clone(),
            Output = e.GetString("Output"),
            FailureReason = e.GetString("FailureReason"),
            Timers = JsonSerializer.Deserialize<List<TimerView>>(e.GetString("Timers") ?? "[]", WorkflowJson.Options) ?? [],
            Sequence = e.GetInt64("Sequence") ?? 0,
            ErasedAt = e.GetDateTimeOffset("ErasedAt"),
            EndedAt = e.GetDateTimeOffset("EndedAt"),
            ConsumedKeys = keys is null ? [] : JsonSerializer.Deserialize<List<string>>(keys) ?? [],
            RecentSignals = JsonSerializer.Deserialize<List<SignalOutcomeView>>(e.GetString("RecentSignals") ?? "[]", WorkflowJson.Options) ?? [],
            ClockOffset = TimeSpan.FromTicks(e.GetInt64("ClockOffsetTicks") ?? 0),
            StateRef = e.GetString("StateRef"),
        };
    }

    private static TableEntity ToEntity(InstanceId instanceId, TimelineRecord t, string? rowKey = null)
    {
        var payload = t.Payload?.GetRawText();
        return new TableEntity(instanceId.Value, rowKey ?? SequenceKey(t.Sequence))
        {
            ["Kind"] = t.Kind,
            ["Name"] = t.Name,
            ["At"] = t.Timestamp,
            ["CustomStatus"] = t.CustomStatus,
            ["Payload"] = payload is { Length: > 30_000 } ? null : payload,
        };
    }

    private static TimelineRecord FromTimelineEntity(TableEntity e)
    {
        var payload = e.GetString("Payload");
        return new TimelineRecord(
            long.Parse(e.RowKey.Split('-')[0], CultureInfo.InvariantCulture),
            e.GetString("Kind") ?? string.Empty,
            e.GetString("Name"),
            e.GetDateTimeOffset("At") ?? default,
            e.GetString("CustomStatus"),
            payload is null ? null : JsonDocument.Parse(payload).RootElement.Clone());
    }

    private static EmailSendRecord FromEmailEntity(TableEntity e) => new(
        e.RowKey,
        e.GetString("Template") ?? string.Empty,
        e.GetString("To") ?? string.Empty,
        e.GetString("Culture") ?? "it",
        e.GetString("Status") ?? "Pending",
        e.GetInt32("Attempts") ?? 0,
        e.GetDateTimeOffset("CreatedAt") ?? default,
        e.GetDateTimeOffset("SentAt"),
        e.GetString("LastError"),
        e.GetString("ProviderMessageId"),
        ReadDeliveries(e));

    private static IReadOnlyList<DeliveryRecord> ReadDeliveries(TableEntity e) =>
        JsonSerializer.Deserialize<List<DeliveryRecord>>(e.GetString("Deliveries") ?? "[]", WorkflowJson.Options) ?? [];
}
