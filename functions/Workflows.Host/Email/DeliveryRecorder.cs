using Workflows.Engine;

namespace Workflows.Host.Email;

/// <summary>
/// Records SendGrid delivery events on the e-mail's outbox row, and tells the workflow about bounces and drops
/// (event <c>EmailUndeliverable</c>) so it can alert the desk.
/// </summary>
internal sealed class DeliveryRecorder(WorkflowClient client) : IEmailDeliveryRecorder
{
    public const string UndeliverableEvent = "EmailUndeliverable";

    public async Task RecordAsync(EmailDeliveryEvent deliveryEvent, CancellationToken ct)
    {
        if (!InstanceId.TryParse(deliveryEvent.InstanceId, out var id))
        {
            return; // Not one of ours (custom args missing or forged): nothing to record.
        }

        var name = deliveryEvent.Kind.ToString().ToLowerInvariant();
        var recorded = await client.RecordDeliveryAsync(id, deliveryEvent.OutboxId, new DeliveryEvent(name, deliveryEvent.OccurredAt, deliveryEvent.Reason), ct);
        if (recorded && deliveryEvent.Kind is EmailDeliveryKind.Bounced or EmailDeliveryKind.Dropped)
        {
            // Keyed by the provider's event id: a webhook delivered twice alerts once.
            var key = "delivery:" + (deliveryEvent.ProviderEventId ?? $"{deliveryEvent.OutboxId}:{name}");
            await client.RaiseEventAsync(id, UndeliverableEvent, new { outboxId = deliveryEvent.OutboxId, kind = name }, new RaiseEventOptions { SingleUseKey = key }, ct);
        }
    }
}
