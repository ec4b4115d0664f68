namespace Workflows.Host.Api;

/// <summary>The answer to a purge, as Durable's: <c>{"instancesDeleted": N}</c>.</summary>
/// <param name="InstancesDeleted">How many instances were deleted.</param>
public sealed record PurgeResponse(int InstancesDeleted);
