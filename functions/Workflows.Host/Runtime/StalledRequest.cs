using Workflows.Steps;

namespace Workflows.Host.Runtime;

/// <summary>A request whose turn keeps failing ("bloccata"): it waits, retried with back-off, until it goes through.</summary>
/// <param name="InstanceId">The request.</param>
/// <param name="WorkflowName">Its workflow.</param>
/// <param name="Step">The step the stalled turn leads to.</param>
/// <param name="Tags">Its tags (network, desk, partner...).</param>
/// <param name="Cause">What the last attempt failed with.</param>
/// <param name="Since">When it first stalled.</param>
/// <param name="Attempts">Attempts so far.</param>
/// <param name="LastAttemptAt">When the last attempt failed.</param>
public sealed record StalledRequest(
    InstanceId InstanceId,
    string WorkflowName,
    string? Step,
    IReadOnlyDictionary<string, string> Tags,
    string Cause,
    DateTimeOffset Since,
    int Attempts,
    DateTimeOffset LastAttemptAt);
