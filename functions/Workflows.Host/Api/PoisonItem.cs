namespace Workflows.Host.Api;

/// <summary>Work that failed for good, as listed for the coordinator.</summary>
/// <param name="MessageId">The poison message id (to retry it).</param>
/// <param name="Kind"><c>timer</c>, <c>outbox</c> or <c>unknown</c>.</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="Ref">The timer or outbox item.</param>
/// <param name="Reason">Why it failed.</param>
/// <param name="FailedAt">When.</param>
public sealed record PoisonItem(string MessageId, string Kind, string? InstanceId, string? Ref, string? Reason, DateTimeOffset FailedAt);

/// <summary>The answer to "retry every poisoned item".</summary>
/// <param name="Retried">How many items went back to the work queue.</param>
public sealed record PoisonRetryResponse(int Retried);
