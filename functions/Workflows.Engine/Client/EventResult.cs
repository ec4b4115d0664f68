namespace Workflows.Engine;

/// <summary>The result of raising an event or a management command.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="RuntimeStatus">The instance's status after (null when not found).</param>
/// <param name="CustomStatus">The business step after.</param>
/// <param name="Reason">Why it was rejected or not run.</param>
public sealed record EventResult(EventOutcome Outcome, RuntimeStatus? RuntimeStatus, string? CustomStatus, string? Reason = null)
{
    /// <summary>True when the transition committed.</summary>
    public bool Applied => Outcome == EventOutcome.Applied;

    internal static EventResult NotFound { get; } = new(EventOutcome.NotFound, null, null, "No such instance.");
}
