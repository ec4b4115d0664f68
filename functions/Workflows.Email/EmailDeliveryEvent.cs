namespace Workflows.Email;

/// <summary>One delivery event about an e-mail the outbox sent, tied back by its opaque ids.</summary>
/// <param name="InstanceId">The instance whose outbox sent the e-mail (custom argument <c>instanceId</c>).</param>
/// <param name="OutboxId">The outbox item (custom argument <c>outboxId</c>).</param>
/// <param name="Kind">What happened.</param>
/// <param name="OccurredAt">When the provider says it happened.</param>
/// <param name="ProviderEventId">SendGrid's <c>sg_event_id</c>: unique per event, for idempotent recording (webhooks are retried).</param>
/// <param name="ProviderMessageId">SendGrid's <c>sg_message_id</c>.</param>
/// <param name="Reason">
/// The provider's or the receiving server's explanation (bounce/drop reason, deferral response). It may quote the
/// address: record it on the instance, never log it.
/// </param>
/// <param name="Status">The SMTP enhanced status, e.g. <c>5.1.1</c>, when given.</param>
public sealed record EmailDeliveryEvent(
    string InstanceId,
    string OutboxId,
    EmailDeliveryKind Kind,
    DateTimeOffset OccurredAt,
    string? ProviderEventId,
    string? ProviderMessageId,
    string? Reason,
    string? Status);
