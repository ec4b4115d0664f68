namespace Workflows.Orchestration.Activities;

/// <summary>The input of <see cref="CompleteTurnActivity"/>: a turn's e-mails, then its view.</summary>
/// <param name="Emails">The e-mails to send (none for a turn that sends nothing).</param>
/// <param name="View">The view after the turn and the timeline entries it added.</param>
public sealed record TurnEffects(IReadOnlyList<EmailDelivery> Emails, ViewUpdate View)
{
    /// <summary>
    /// What the orchestrator decided in this turn (<see cref="TurnDigest"/>), returned by the activity so that a replay
    /// by other code sees whether it decided the same. Null in histories written before it existed.
    /// </summary>
    public string? Decided { get; init; }

    /// <summary>The turn had stalled: once it goes through, it leaves the operators' list of stalled requests.</summary>
    public bool EndsStall { get; init; }
}
