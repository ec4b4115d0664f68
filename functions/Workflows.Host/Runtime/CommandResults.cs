using Workflows.Steps;

namespace Workflows.Host.Runtime;

/// <summary>Options of <see cref="IWorkflowCommands.StartAsync"/>.</summary>
public sealed record StartOptions
{
    /// <summary>Makes the start idempotent: the same key (for the same workflow) always yields the same instance.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>An explicit instance id (otherwise a random one, or one derived from <see cref="IdempotencyKey"/>).</summary>
    public InstanceId? InstanceId { get; init; }

    /// <summary>
    /// The demo only: the domain time the instance starts at (its invented past). Ignored unless the runtime allows
    /// clock travel, which production never does.
    /// </summary>
    public DateTimeOffset? StartedAt { get; init; }
}

/// <summary>Options of <see cref="IWorkflowCommands.RaiseEventAsync"/>.</summary>
public sealed record RaiseEventOptions
{
    /// <summary>A single-use key (an action link's id, a form's idempotency key): a second event with it changes nothing.</summary>
    public string? SingleUseKey { get; init; }

    /// <summary>
    /// The signal's id when the sender chose it (an API client's <c>Idempotency-Key</c>): the same id twice is decided once,
    /// and the second call is answered with the first one's outcome.
    /// </summary>
    public string? SignalId { get; init; }

    /// <summary>
    /// The demo only: the domain time the event happens at (its invented past); the instance's timers due before it
    /// act first. Ignored unless the runtime allows clock travel, which production never does.
    /// </summary>
    public DateTimeOffset? DomainNow { get; init; }
}

/// <summary>The outcome of a start.</summary>
/// <param name="InstanceId">The instance (new, or the existing one for a repeated idempotency key).</param>
/// <param name="Created">False when the idempotency key had already started it.</param>
/// <param name="Rejection">The step rules' reason when the input was refused (nothing was created).</param>
public sealed record StartResult(InstanceId InstanceId, bool Created, string? Rejection = null);

/// <summary>What happened to an event or a command.</summary>
public enum EventOutcome
{
    /// <summary>The step changed.</summary>
    Applied,

    /// <summary>The workflow refused it in its current step; nothing changed.</summary>
    Rejected,

    /// <summary>Its single-use key was already used; nothing changed.</summary>
    AlreadyConsumed,

    /// <summary>No such instance.</summary>
    NotFound,

    /// <summary>The instance is suspended or has ended; nothing changed.</summary>
    NotRunning,
}

/// <summary>The outcome of an event or a command, with the status after it.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="RuntimeStatus">The runtime status after it, when known.</param>
/// <param name="CustomStatus">The business step after it, when known.</param>
/// <param name="Reason">The step rules' reason of a refusal.</param>
public sealed record EventResult(EventOutcome Outcome, RuntimeStatus? RuntimeStatus, string? CustomStatus, string? Reason = null)
{
    /// <summary>True when the step changed.</summary>
    public bool Applied => Outcome == EventOutcome.Applied;
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

    /// <summary>Erased before.</summary>
    AlreadyErased,

    /// <summary>No such instance.</summary>
    NotFound,

    /// <summary>Still running or suspended: terminate it first.</summary>
    NotEnded,
}
