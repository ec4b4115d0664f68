namespace Workflows.Engine;

/// <summary>Work that failed for good, kept in the poison queue for the operator.</summary>
/// <param name="MessageId">The poison queue message id.</param>
/// <param name="PopReceipt">Needed to delete it (on retry).</param>
/// <param name="Kind">timer or outbox.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="Ref">The timer or outbox item.</param>
/// <param name="Reason">Why it failed.</param>
/// <param name="FailedAt">When.</param>
public sealed record PoisonMessage(string MessageId, string PopReceipt, string Kind, string InstanceId, string Ref, string Reason, DateTimeOffset FailedAt);
