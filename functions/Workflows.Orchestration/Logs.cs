using Microsoft.Extensions.Logging;

namespace Workflows.Orchestration;

/// <summary>The orchestrations' log messages: opaque ids only, never personal data.</summary>
internal static partial class Logs
{
    // The provider's reason stays on the send record, not in the log: it may quote the recipient's address.
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "E-mail {OutboxId} ({Template}) of instance {InstanceId} was not sent (temporary: {Transient})")]
    public static partial void EmailNotSent(ILogger logger, string instanceId, string outboxId, string template, bool transient);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Durable Task worker started on task hub {Name} ({Count} partitions)")]
    public static partial void WorkerStarted(ILogger logger, string name, int count);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Durable Task worker could not start yet (storage not reachable), retrying in {Delay}")]
    public static partial void WorkerStartRetry(ILogger logger, TimeSpan delay, Exception exception);

}
