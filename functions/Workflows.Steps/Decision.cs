namespace Workflows.Steps;

/// <summary>The result of deciding one message: the new state, the effects to carry out, and status changes.</summary>
/// <typeparam name="TState">The workflow's state record.</typeparam>
public sealed record Decision<TState>
{
    /// <summary>The state after the message. Ignored when <see cref="Rejection"/> is set.</summary>
    public required TState State { get; init; }

    /// <summary>Effects to commit with the state and carry out after commit, in order.</summary>
    public IReadOnlyList<WorkflowEffect> Effects { get; init; } = [];

    /// <summary>The business step shown to people (e.g. <c>AwaitingPartnerReview</c>); null keeps the current one.</summary>
    public string? CustomStatus { get; init; }

    /// <summary>Domain tags kept in the query index (partner, comune, category, ...); null keeps the current ones.</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>Set to end the instance (<see cref="RuntimeStatus.Completed"/> or <see cref="RuntimeStatus.Failed"/>).</summary>
    public Completion? Completion { get; init; }

    /// <summary>
    /// When set, the message is refused (e.g. an action not allowed in the current step): nothing is committed,
    /// no single-use key is consumed, and the caller gets this reason.
    /// </summary>
    public string? Rejection { get; init; }

    /// <summary>True when the message was refused.</summary>
    public bool IsRejected => Rejection is not null;
}

/// <summary>How an instance ends.</summary>
/// <param name="Status"><see cref="RuntimeStatus.Completed"/> or <see cref="RuntimeStatus.Failed"/>.</param>
/// <param name="Output">A short, non-personal summary kept as the instance output.</param>
public sealed record Completion(RuntimeStatus Status, string? Output = null);

/// <summary>Factory helpers for decisions.</summary>
public static class Decision
{
    /// <summary>Refuses the message; nothing changes.</summary>
    public static Decision<TState> Reject<TState>(string reason) => new() { State = default!, Rejection = reason };
}
