using Microsoft.Extensions.Logging;

namespace Workflows.Orchestration;

/// <summary>The orchestrations' log messages: opaque ids only, never personal data.</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Warning, Message = "E-mail {EmailId} ({Template}) of instance {InstanceId} was not sent (temporary: {Transient}): {Reason}")]
    public static partial void EmailNotSent(ILogger logger, string instanceId, string emailId, string template, bool transient, string reason);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Durable Task worker started on task hub {TaskHub} ({Partitions} partitions)")]
    public static partial void WorkerStarted(ILogger logger, string taskHub, int partitions);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Durable Task worker could not start yet (storage not reachable), retrying in {Delay}")]
    public static partial void WorkerStartRetry(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Instance {InstanceId} failed in its step rules: {Reason}")]
    public static partial void DeciderFailed(ILogger logger, string instanceId, string reason);
}
