namespace Workflows.Engine;

/// <summary>Options of <see cref="WorkflowClient.StartAsync(string, object?, StartOptions?, CancellationToken)"/>.</summary>
public sealed record StartOptions
{
    /// <summary>
    /// Makes the start idempotent: the same key (for the same workflow) always yields the same instance, so a
    /// double-submitted form creates one request.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>An explicit instance id (otherwise a random one, or one derived from <see cref="IdempotencyKey"/>).</summary>
    public InstanceId? InstanceId { get; init; }
}
