namespace Workflows.Engine;

/// <summary>Options of <see cref="WorkflowClient.RaiseEventAsync(InstanceId, string, object?, RaiseEventOptions?, CancellationToken)"/>.</summary>
public sealed record RaiseEventOptions
{
    /// <summary>
    /// A single-use key consumed in the same transaction as the transition (an action link's id, a form's
    /// idempotency key). A second event with the same key changes nothing and returns <see cref="EventOutcome.AlreadyConsumed"/>.
    /// </summary>
    public string? SingleUseKey { get; init; }
}
