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

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Task hub {Name} keeps its payloads in clear: no TaskHub:PayloadKeys (allowed in Development and Testing only; scripts/run.sh makes a local key)")]
    public static partial void PayloadsInClear(ILogger logger, string name);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Durable Task worker on task hub {Name} did not stop within the host's shutdown timeout (storage not reachable?): left to its leases' expiry, as after a crash")]
    public static partial void WorkerStopAbandoned(ILogger logger, string name);

    // The cause stays on the stalled list, not in the log: an error message may quote what the turn carried.
    [LoggerMessage(EventId = 5010, Level = LogLevel.Error, Message = "Instance {InstanceId} ({Workflow}) is stalled: its turn failed (attempt {Attempt}), retried with back-off until it goes through or an operator retries it; the cause is on the stalled list")]
    public static partial void TurnStalled(ILogger logger, string instanceId, string workflow, int attempt);
}
