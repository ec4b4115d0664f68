namespace Workflows.Engine;

/// <summary>The result of a start.</summary>
/// <param name="InstanceId">The instance (new, or the existing one for a repeated idempotency key).</param>
/// <param name="Created">False when the idempotency key had already started this instance.</param>
/// <param name="Rejection">Set when the workflow refused the input; no instance was created.</param>
public sealed record StartResult(InstanceId InstanceId, bool Created, string? Rejection = null);
