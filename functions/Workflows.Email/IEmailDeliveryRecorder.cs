namespace Workflows.Email;

/// <summary>Records provider delivery events on the instance that sent the e-mail (implemented with the engine).</summary>
/// <remarks>
/// SendGrid retries a webhook call that did not answer 2xx, and may send one event more than once: recording must
/// be idempotent on <see cref="EmailDeliveryEvent.ProviderEventId"/>. An unknown instance or outbox item is ignored,
/// not an error (purged requests, mails sent by another deployment on the same account).
/// </remarks>
public interface IEmailDeliveryRecorder
{
    /// <summary>Records one event. Throwing makes the endpoint answer 500 so that SendGrid retries the batch.</summary>
    Task RecordAsync(EmailDeliveryEvent deliveryEvent, CancellationToken ct);
}
