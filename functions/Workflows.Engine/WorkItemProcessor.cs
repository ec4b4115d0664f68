using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Workflows.Engine.Storage;

namespace Workflows.Engine;

/// <summary>
/// Handles one message of the <c>work</c> queue: fires a timer or dispatches an outbox item. The Functions
/// queue trigger and the local queue listener both call this, so the two hosts run the same code.
/// </summary>
public sealed class WorkItemProcessor
{
    private readonly WorkflowEngine _engine;
    private readonly WorkflowEngineOptions _options;
    private readonly ILogger _logger;

    internal WorkItemProcessor(WorkflowEngine engine, WorkflowEngineOptions options, ILogger<WorkItemProcessor>? logger = null)
    {
        _engine = engine;
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>
    /// Handles a message. Returns normally when the message may be deleted (done, or moved to the poison queue
    /// with its reason); throws when it should be delivered again later.
    /// </summary>
    /// <param name="messageText">The message body (decoded).</param>
    /// <param name="dequeueCount">How many times it has been delivered, this time included.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public async Task<WorkItemOutcome> HandleAsync(string messageText, long dequeueCount, CancellationToken cancellationToken)
    {
        var item = WorkItem.TryParse(messageText);
        if (item is null)
        {
            await _engine.Store.SendPoisonAsync(new WorkItem("?", "?", "?"), "Malformed work item.", _engine.Now, cancellationToken);
            EngineTelemetry.Poisoned.Add(1);
            return WorkItemOutcome.Poisoned;
        }

        try
        {
            await HandleAsync(item, cancellationToken);
            return WorkItemOutcome.Done;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && dequeueCount >= _options.MaxDequeueCount && ex is not SimulatedCrashException)
        {
            var reason = $"{ex.GetType().Name}: {ex.Message}";
            await _engine.Store.SendPoisonAsync(item, reason, _engine.Now, cancellationToken);
            EngineTelemetry.Poisoned.Add(1);
            _logger.Poisoned(item.Kind, item.InstanceId, item.Ref, reason);
            return WorkItemOutcome.Poisoned;
        }
    }

    internal Task HandleAsync(WorkItem item, CancellationToken cancellationToken) => item.Kind switch
    {
        WorkItem.Timer => _engine.HandleTimerAsync(item, cancellationToken),
        WorkItem.Outbox => _engine.HandleOutboxAsync(item, cancellationToken),
        _ => throw new FormatException("Unknown work item kind."),
    };
}

/// <summary>What became of a work item.</summary>
public enum WorkItemOutcome
{
    /// <summary>Handled (or found obsolete); delete the message.</summary>
    Done,

    /// <summary>Moved to the poison queue with its reason; delete the message.</summary>
    Poisoned,
}
