namespace Workflows.Desk.Requests;

/// <summary>An e-mail of the request that could not be delivered, as kept in the state.</summary>
/// <param name="OutboxId">The engine's id of the e-mail.</param>
/// <param name="Kind"><c>bounced</c> or <c>dropped</c>.</param>
/// <param name="Recipient">Whose address it was.</param>
/// <param name="Template">The e-mail's template key, when known.</param>
/// <param name="At">When the provider's report arrived.</param>
public sealed record DeliveryFailureRecord(string OutboxId, string Kind, DeliveryRecipient Recipient, string? Template, DateTimeOffset At);
