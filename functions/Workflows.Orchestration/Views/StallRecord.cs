namespace Workflows.Orchestration.Views;

/// <summary>A request whose turn keeps failing: what operators see in the list of stalled requests ("bloccate").</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="WorkflowName">Its workflow.</param>
/// <param name="Step">The step it was taking (the one the stalled turn leads to).</param>
/// <param name="Tags">Its tags (network, desk, partner...), for the operators' scope.</param>
/// <param name="Cause">Why the turn's effects failed, as the last attempt said (no personal data: error messages).</param>
/// <param name="Since">When it first stalled (domain time).</param>
/// <param name="Attempts">Attempts of the turn so far (each one the activity's own retries).</param>
/// <param name="LastAttemptAt">When the last attempt failed (domain time).</param>
public sealed record StallRecord(
    string InstanceId,
    string WorkflowName,
    string? Step,
    IReadOnlyDictionary<string, string> Tags,
    string Cause,
    DateTimeOffset Since,
    int Attempts,
    DateTimeOffset LastAttemptAt);
