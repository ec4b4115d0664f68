namespace Workflows.Desk.Requests;

/// <summary>
/// Payload of <see cref="DeskRequestEvents.EmailUndeliverable"/>: the e-mail provider reported that one of the request's
/// e-mails bounced or was dropped. It comes from the host (the provider's signed webhook), not from a link, so it carries
/// no step token and may arrive in any open step.
/// </summary>
/// <param name="OutboxId">The engine's id of the e-mail.</param>
/// <param name="Kind"><c>bounced</c> (the receiving server refused it) or <c>dropped</c> (the provider did not send it).</param>
/// <param name="To">The address the e-mail was sent to, when the host knows it (tells the desk's own mail from the others).</param>
/// <param name="Template">The e-mail's template key, when known.</param>
public sealed record DeliveryFailure(string OutboxId, string Kind, string? To = null, string? Template = null);
