namespace Workflows.Engine;

/// <summary>An e-mail of an instance as the outbox knows it: what, to whom, and what became of it.</summary>
/// <param name="Id">Stable id within the instance.</param>
/// <param name="Template">The template key.</param>
/// <param name="To">The recipient.</param>
/// <param name="Culture">The language.</param>
/// <param name="Status">Pending, Sent or Failed.</param>
/// <param name="Attempts">Dispatch attempts so far.</param>
/// <param name="CreatedAt">When the transition committed it.</param>
/// <param name="SentAt">When the provider accepted it.</param>
/// <param name="LastError">The last failure, if any.</param>
/// <param name="ProviderMessageId">The provider's id for it.</param>
/// <param name="Deliveries">Delivery events reported by the provider (delivered, bounce, ...).</param>
public sealed record OutboxRecord(
    string Id,
    string Template,
    string To,
    string Culture,
    string Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    string? LastError,
    string? ProviderMessageId,
    IReadOnlyList<DeliveryEvent> Deliveries);

/// <summary>A delivery event reported by the e-mail provider.</summary>
/// <param name="Event">delivered, bounce, dropped, deferred, spamreport.</param>
/// <param name="At">When the provider saw it.</param>
/// <param name="Reason">The provider's reason, when any.</param>
public sealed record DeliveryEvent(string Event, DateTimeOffset At, string? Reason);
