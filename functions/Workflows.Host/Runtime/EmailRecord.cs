namespace Workflows.Host.Runtime;

/// <summary>An e-mail of an instance: what, to whom, and what became of it.</summary>
/// <param name="Id">Stable id within the instance (also the provider's custom argument).</param>
/// <param name="Template">The template key.</param>
/// <param name="To">The recipient.</param>
/// <param name="Culture">The language.</param>
/// <param name="Status">Pending, Sent or Failed.</param>
/// <param name="Attempts">Send attempts so far.</param>
/// <param name="CreatedAt">When the step decided it.</param>
/// <param name="SentAt">When the provider accepted it.</param>
/// <param name="LastError">The last failure, if any.</param>
/// <param name="ProviderMessageId">The provider's id for it.</param>
/// <param name="Deliveries">Delivery events reported by the provider (delivered, bounce, ...).</param>
public sealed record EmailRecord(
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

/// <summary>An e-mail the provider refused for good, listed for operators until it is sent again.</summary>
/// <param name="Id">The failure's id (retry it with this).</param>
/// <param name="InstanceId">The instance whose e-mail it is.</param>
/// <param name="EmailId">The e-mail's id within the instance.</param>
/// <param name="Template">The template key.</param>
/// <param name="Reason">Why it failed (no personal data).</param>
/// <param name="FailedAt">When it failed for good.</param>
public sealed record FailedEmail(string Id, string InstanceId, string EmailId, string Template, string Reason, DateTimeOffset FailedAt);
