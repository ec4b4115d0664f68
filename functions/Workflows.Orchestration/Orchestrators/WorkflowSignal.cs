using System.Text.Json;

namespace Workflows.Orchestration.Orchestrators;

/// <summary>
/// Everything raised on a workflow orchestration travels as one Durable external event named
/// <see cref="EventName"/>: the workflow's event, its single-use key, the client's id for it and, in tests and the
/// demo, the domain time the sender lives in.
/// </summary>
/// <param name="SignalId">The client's id, so it can wait for this signal's outcome.</param>
/// <param name="Name">The workflow event name (e.g. <c>PartnerAccepted</c>), or one of the runtime's own names.</param>
/// <param name="Payload">The event data.</param>
/// <param name="SingleUseKey">An action link's id or a form's key: a second signal with it changes nothing.</param>
/// <param name="DomainNow">Tests and the demo only: move the domain clock to this time first (if later).</param>
/// <param name="SeenSequence">
/// The view's sequence the sender acted on: the orchestration holds the signal until it has reached that point (see
/// <see cref="DeciderMemory.Held"/>).
/// </param>
public sealed record WorkflowSignal(string SignalId, string Name, JsonElement? Payload, string? SingleUseKey, DateTimeOffset? DomainNow, long? SeenSequence = null)
{
    /// <summary>The Durable external event name every signal is raised with.</summary>
    public const string EventName = "WorkflowSignal";

    /// <summary>Moves the domain clock only (tests and the demo).</summary>
    public const string AdvanceClock = "$AdvanceClock";

    /// <summary>Tries a stalled turn again now ("riprova"), instead of at its next back-off.</summary>
    public const string Resume = "$Resume";

    /// <summary>Sends a failed e-mail again: payload <c>{ "emailId": "0003" }</c>.</summary>
    public const string RetryEmail = "$RetryEmail";
}
