using Workflows.Steps;

namespace Workflows.Host.Api;

/// <summary>
/// The answer to an accepted event or command. The engine decides at once, so the new status is known; the
/// code is still 202, as in Durable, because e-mails and timers follow asynchronously.
/// </summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="RuntimeStatus">Its status after the transition.</param>
/// <param name="CustomStatus">Its business step after the transition.</param>
public sealed record CommandAccepted(string InstanceId, RuntimeStatus? RuntimeStatus, string? CustomStatus);
