using System.Runtime.CompilerServices;
using Workflows.Steps;
using Engine = Workflows.Engine;

namespace Workflows.Host.Runtime;

/// <summary>
/// The seam over today's home-made engine: <see cref="IWorkflowCommands"/> and <see cref="IWorkflowQueries"/> answered by
/// <see cref="Engine.WorkflowClient"/>, its types mapped one to one onto the app's. Replaced by the Durable Task runtime.
/// </summary>
/// <param name="client">The engine's client.</param>
public sealed class EngineWorkflowRuntime(Engine.WorkflowClient client) : IWorkflowCommands, IWorkflowQueries
{
    /// <summary>What <see cref="AdvanceClockAsync"/> answers: this runtime cannot travel in time.</summary>
    internal const string NoClockTravel = "This runtime takes its time from the host's TimeProvider.";

    /// <inheritdoc />
    public async Task<StartResult> StartAsync(string workflowName, object? input, StartOptions? options, CancellationToken cancellationToken)
    {
        var engineOptions = options is null ? null : new Engine.StartOptions { IdempotencyKey = options.IdempotencyKey, InstanceId = options.InstanceId };
        var result = await client.StartAsync(workflowName, input, engineOptions, cancellationToken);
        return new StartResult(result.InstanceId, result.Created, result.Rejection);
    }

    /// <inheritdoc />
    public async Task<EventResult> RaiseEventAsync(InstanceId instanceId, string eventName, object? payload, RaiseEventOptions? options, CancellationToken cancellationToken)
    {
        var engineOptions = options is null ? null : new Engine.RaiseEventOptions { SingleUseKey = options.SingleUseKey };
        return Map(await client.RaiseEventAsync(instanceId, eventName, payload, engineOptions, cancellationToken));
    }

    /// <inheritdoc />
    public async Task<EventResult> SuspendAsync(InstanceId instanceId, string? reason, CancellationToken cancellationToken) =>
        Map(await client.SuspendAsync(instanceId, reason, cancellationToken));

    /// <inheritdoc />
    public async Task<EventResult> ResumeAsync(InstanceId instanceId, string? reason, CancellationToken cancellationToken) =>
        Map(await client.ResumeAsync(instanceId, reason, cancellationToken));

    /// <inheritdoc />
    public async Task<EventResult> TerminateAsync(InstanceId instanceId, string? reason, CancellationToken cancellationToken) =>
        Map(await client.TerminateAsync(instanceId, reason, cancellationToken));

    /// <inheritdoc />
    public async Task<PurgeResult> PurgeAsync(InstanceId instanceId, CancellationToken cancellationToken) =>
        await client.PurgeAsync(instanceId, cancellationToken) switch
        {
            Engine.PurgeResult.Purged => PurgeResult.Purged,
            Engine.PurgeResult.NotFound => PurgeResult.NotFound,
            Engine.PurgeResult.NotEnded => PurgeResult.NotEnded,
            var other => throw new InvalidOperationException($"Unknown purge result {other}."),
        };

    /// <inheritdoc />
    public Task<int> PurgeAsync(WorkflowQuery query, CancellationToken cancellationToken) =>
        client.PurgeAsync(Map(query), cancellationToken);

    /// <inheritdoc />
    public async Task<EraseResult> EraseAsync(InstanceId instanceId, CancellationToken cancellationToken) =>
        await client.EraseAsync(instanceId, cancellationToken) switch
        {
            Engine.EraseResult.Erased => EraseResult.Erased,
            Engine.EraseResult.AlreadyErased => EraseResult.AlreadyErased,
            Engine.EraseResult.NotFound => EraseResult.NotFound,
            Engine.EraseResult.NotEnded => EraseResult.NotEnded,
            var other => throw new InvalidOperationException($"Unknown erase result {other}."),
        };

    /// <inheritdoc />
    public Task<int> EraseEndedAsync(IReadOnlyCollection<string> workflowNames, DateTimeOffset endedBefore, CancellationToken cancellationToken) =>
        client.EraseEndedAsync(workflowNames, endedBefore, cancellationToken);

    /// <inheritdoc />
    public Task<bool> RecordDeliveryAsync(InstanceId instanceId, string emailId, DeliveryEvent delivery, CancellationToken cancellationToken) =>
        client.RecordDeliveryAsync(instanceId, emailId, new Engine.DeliveryEvent(delivery.Event, delivery.At, delivery.Reason), cancellationToken);

    /// <inheritdoc />
    public Task<bool> RetryFailedEmailAsync(string failureId, CancellationToken cancellationToken) =>
        client.RetryPoisonMessageAsync(failureId, cancellationToken);

    /// <inheritdoc />
    public Task<int> RetryAllFailedEmailsAsync(CancellationToken cancellationToken) =>
        client.RetryAllPoisonMessagesAsync(cancellationToken);

    /// <inheritdoc />
    public Task<EventResult> AdvanceClockAsync(InstanceId instanceId, DateTimeOffset domainNow, CancellationToken cancellationToken) =>
        Task.FromResult(new EventResult(EventOutcome.Rejected, null, null, NoClockTravel));

    /// <inheritdoc />
    public async Task<WorkflowView?> GetInstanceAsync(InstanceId instanceId, bool includeTimeline, CancellationToken cancellationToken)
    {
        var metadata = await client.GetInstanceAsync(instanceId, includeTimeline, cancellationToken);
        return metadata is null ? null : Map(metadata);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimelineEntry>> GetTimelineAsync(InstanceId instanceId, long fromSequence, int max, CancellationToken cancellationToken) =>
        [.. (await client.GetHistoryAsync(instanceId, fromSequence, max, cancellationToken)).Select(Map)];

    /// <inheritdoc />
    public async Task<WorkflowViewPage> QueryAsync(WorkflowQuery query, string? continuationToken, CancellationToken cancellationToken)
    {
        var page = await client.QueryAsync(Map(query), continuationToken, cancellationToken);
        return new WorkflowViewPage([.. page.Items.Select(Map)], page.ContinuationToken);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<WorkflowView> QueryAllAsync(WorkflowQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var metadata in client.QueryAllAsync(Map(query), cancellationToken))
        {
            yield return Map(metadata);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EmailRecord>> GetEmailsAsync(InstanceId instanceId, CancellationToken cancellationToken) =>
        [.. (await client.GetOutboxAsync(instanceId, cancellationToken)).Select(Map)];

    /// <inheritdoc />
    public async Task<IReadOnlyList<FailedEmail>> GetFailedEmailsAsync(CancellationToken cancellationToken) =>
        [.. (await client.GetPoisonMessagesAsync(cancellationToken)).Select(Map)];

    private static EventResult Map(Engine.EventResult r) => new(Map(r.Outcome), r.RuntimeStatus, r.CustomStatus, r.Reason);

    private static EventOutcome Map(Engine.EventOutcome o) => o switch
    {
        Engine.EventOutcome.Applied => EventOutcome.Applied,
        Engine.EventOutcome.Rejected => EventOutcome.Rejected,
        Engine.EventOutcome.AlreadyConsumed => EventOutcome.AlreadyConsumed,
        Engine.EventOutcome.NotFound => EventOutcome.NotFound,
        Engine.EventOutcome.NotRunning => EventOutcome.NotRunning,
        _ => throw new InvalidOperationException($"Unknown event outcome {o}."),
    };

    private static Engine.WorkflowQuery Map(WorkflowQuery q) => new()
    {
        RuntimeStatus = q.RuntimeStatus,
        CustomStatus = q.CustomStatus,
        WorkflowName = q.WorkflowName,
        CreatedFrom = q.CreatedFrom,
        CreatedTo = q.CreatedTo,
        Tags = q.Tags,
        TagsBefore = q.TagsBefore,
        PageSize = q.PageSize,
    };

    private static WorkflowView Map(Engine.WorkflowMetadata m) => new()
    {
        InstanceId = m.InstanceId,
        Name = m.Name,
        Version = m.Version,
        RuntimeStatus = m.RuntimeStatus,
        CustomStatus = m.CustomStatus,
        Tags = m.Tags,
        CreatedAt = m.CreatedAt,
        LastUpdatedAt = m.LastUpdatedAt,
        Input = m.Input,
        State = m.State,
        Output = m.Output,
        FailureReason = m.FailureReason,
        Timers = [.. m.Timers.Select(t => new ScheduledTimer(t.Name, t.DueAt))],
        HistoryLength = m.HistoryLength,
        History = m.History is null ? null : [.. m.History.Select(Map)],
        ErasedAt = m.ErasedAt,
    };

    private static TimelineEntry Map(Engine.HistoryEvent e) => new(e.Sequence, e.Kind, e.Name, e.Timestamp, e.CustomStatus, e.Payload);

    private static EmailRecord Map(Engine.OutboxRecord r) => new(
        r.Id,
        r.Template,
        r.To,
        r.Culture,
        r.Status,
        r.Attempts,
        r.CreatedAt,
        r.SentAt,
        r.LastError,
        r.ProviderMessageId,
        [.. r.Deliveries.Select(d => new DeliveryEvent(d.Event, d.At, d.Reason))]);

    private static FailedEmail Map(Engine.PoisonMessage p) => new(p.MessageId, p.InstanceId, p.Ref, p.Kind ?? string.Empty, p.Reason, p.FailedAt);
}
