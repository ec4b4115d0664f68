using Microsoft.Extensions.Logging;

namespace Workflows.Engine;

/// <summary>The engine's log messages: stable event ids, opaque ids only, never personal data.</summary>
internal static partial class Logs
{
    [LoggerMessage(1001, LogLevel.Debug, "Instance {InstanceId} of {Workflow} moved to {CustomStatus} ({RuntimeStatus}) at sequence {Sequence}")]
    public static partial void Transitioned(this ILogger logger, string instanceId, string workflow, string? customStatus, RuntimeStatus runtimeStatus, long sequence);

    [LoggerMessage(1002, LogLevel.Warning, "Instance {InstanceId}: decider failed with {ExceptionType}; instance marked Failed")]
    public static partial void DeciderFailed(this ILogger logger, string instanceId, string exceptionType, Exception exception);

    [LoggerMessage(1003, LogLevel.Debug, "Instance {InstanceId}: message {MessageName} rejected: {Reason}")]
    public static partial void Rejected(this ILogger logger, string instanceId, string messageName, string reason);

    [LoggerMessage(1010, LogLevel.Warning, "Outbox item {OutboxId} of {InstanceId}: attempt {Attempt} failed ({Reason}); retry in {Delay}")]
    public static partial void DispatchRetry(this ILogger logger, string instanceId, string outboxId, int attempt, string reason, TimeSpan delay);

    [LoggerMessage(1011, LogLevel.Error, "Work item {Kind} {InstanceId}/{Ref} moved to the poison queue: {Reason}")]
    public static partial void Poisoned(this ILogger logger, string kind, string instanceId, string @ref, string reason);

    [LoggerMessage(1012, LogLevel.Debug, "Outbox item {OutboxId} of {InstanceId} sent")]
    public static partial void Dispatched(this ILogger logger, string instanceId, string outboxId);

    [LoggerMessage(1020, LogLevel.Warning, "Work item {MessageId} failed on delivery {DequeueCount}")]
    public static partial void WorkItemFailed(this ILogger logger, string messageId, long dequeueCount, Exception exception);

    [LoggerMessage(1021, LogLevel.Error, "Sweep failed")]
    public static partial void SweepFailed(this ILogger logger, Exception exception);

    [LoggerMessage(1022, LogLevel.Debug, "Sweep handled {Count} due items")]
    public static partial void Swept(this ILogger logger, int count);

    [LoggerMessage(1023, LogLevel.Warning, "Post-commit step {Step} for {InstanceId} failed; queued work is finished by the sweeper, an index row by the next transition or RebuildIndexAsync")]
    public static partial void PostCommitFailed(this ILogger logger, string step, string instanceId, Exception exception);

    [LoggerMessage(1024, LogLevel.Warning, "Stopping before every queued query-index write landed; the next transition of those instances or RebuildIndexAsync repairs the index")]
    public static partial void IndexFlushCutShort(this ILogger logger);
}
