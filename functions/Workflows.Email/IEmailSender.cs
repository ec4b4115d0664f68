using Workflows.Steps;

namespace Workflows.Email;

/// <summary>Hands a rendered e-mail to a provider (SendGrid, SMTP or the local mailbox).</summary>
/// <remarks>
/// A sender tries once: retry timing belongs to the outbox. It throws <see cref="OutboxDispatchException"/> with
/// <see cref="OutboxDispatchException.IsTransient"/> true for rate limits, server errors and network failures
/// (with <see cref="OutboxDispatchException.RetryAfter"/> when the provider said when), false when the provider
/// refused the message for good (the reason is the provider's own text).
/// </remarks>
public interface IEmailSender
{
    /// <summary>Sends <paramref name="envelope"/> once.</summary>
    /// <exception cref="OutboxDispatchException">The provider did not accept it.</exception>
    Task<EmailSendResult> SendAsync(EmailEnvelope envelope, CancellationToken ct);
}
