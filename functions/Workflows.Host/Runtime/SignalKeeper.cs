using Azure;
using Azure.Data.Tables;
using Workflows.Orchestration.Hosting;
using Workflows.Orchestration.Orchestrators;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Host.Runtime;

/// <summary>
/// Keeps every signal the web app has acknowledged (<c>&lt;prefix&gt;PendingSignals</c>, one row per signal, its payload
/// encrypted like the task hub's) until the orchestration has recorded its outcome, and raises it again, with the same
/// id, until then. Durable can drop an event: raised to an instance whose start is not checkpointed yet, or in the same
/// batch as a continue-as-new (Azure/durabletask#1399); the orchestration decides a signal id once, so raising it again
/// is always safe. Any web-app process redelivers what any other kept (<see cref="SignalRedelivery"/>).
/// </summary>
public sealed class SignalKeeper(TableServiceClient tables, ViewTables names, DurableJson json)
{
    /// <summary>Raises of one signal before it is given up (logged): a day and more of attempts with the back-off.</summary>
    public const int MaxRaises = 12;

    private readonly TableClient _table = tables.GetTableClient(names.PendingSignals);

    /// <summary>Redelivery runs on real time: the app's clock may be a test's or the demo's domain clock.</summary>
    private static DateTimeOffset RealNow => TimeProvider.System.GetUtcNow();
    private int _created;

    /// <summary>Keeps <paramref name="signal"/> before it is raised.</summary>
    public async Task KeepAsync(InstanceId instanceId, WorkflowSignal signal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(signal);
        await EnsureTableAsync(cancellationToken);
        await _table.UpsertEntityAsync(
            new TableEntity(instanceId.Value, signal.SignalId)
            {
                ["Signal"] = json.Serialize(signal),
                ["RaisedAt"] = RealNow,
                ["Raises"] = 1,
            },
            TableUpdateMode.Replace,
            cancellationToken);
    }

    /// <summary>The outcome is recorded: the signal is no longer kept.</summary>
    public async Task DoneAsync(InstanceId instanceId, string signalId, CancellationToken cancellationToken)
    {
        try
        {
            await _table.DeleteEntityAsync(instanceId.Value, signalId, ETag.All, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // Another process (or the redelivery) got there first.
        }
    }

    /// <summary>
    /// Raises again every kept signal raised longer ago than its back-off (<paramref name="firstWait"/>, doubling)
    /// whose outcome the view does not show; forgets those whose outcome it shows or whose instance has ended.
    /// Returns how many were raised again.
    /// </summary>
    public async Task<int> RedeliverAsync(WorkflowViewStore views, Func<InstanceId, WorkflowSignal, Task> raise, TimeSpan firstWait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(raise);
        await EnsureTableAsync(cancellationToken);
        var now = RealNow;
        var raised = 0;
        await foreach (var row in _table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            var raises = row.GetInt32("Raises") ?? 1;
            if (row.GetDateTimeOffset("RaisedAt") is { } at && now - at < firstWait * Math.Pow(2, Math.Min(raises - 1, 10)))
            {
                continue;
            }

            if (!InstanceId.TryParse(row.PartitionKey, out var id)
                || await views.GetAsync(id, cancellationToken) is not { } view
                || view.IsTerminal()
                || view.RecentSignals.Any(s => s.SignalId == row.RowKey)
                || raises >= MaxRaises
                || json.Deserialize(row.GetString("Signal"), typeof(WorkflowSignal)) is not WorkflowSignal signal)
            {
                await DoneAsync(InstanceId.TryParse(row.PartitionKey, out var known) ? known : default, row.RowKey, cancellationToken);
                continue;
            }

            await raise(id, signal);
            row["Raises"] = raises + 1;
            row["RaisedAt"] = now;
            try
            {
                await _table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Decided and forgotten meanwhile, or another process raised it too (the orchestration decides it once).
            }

            raised++;
        }

        return raised;
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _created) == 0)
        {
            await _table.CreateIfNotExistsAsync(cancellationToken);
            Volatile.Write(ref _created, 1);
        }
    }
}
