using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Email;

/// <summary>
/// Records SendGrid delivery events on the e-mail's outbox row, and tells the workflow about bounces and drops
/// (event <c>EmailUndeliverable</c>) so it can alert the desk.
/// </summary>
internal sealed class DeliveryRecorder(IWorkflowCommands commands, IWorkflowQueries queries) : IEmailDeliveryRecorder
{
    public const string UndeliverableEvent = "EmailUndeliverable";

    public async Task RecordAsync(EmailDeliveryEvent deliveryEvent, CancellationToken ct)
    {
        if (!InstanceId.TryParse(deliveryEvent.InstanceId, out var id))
        {
            return; // Not one of ours (custom args missing or forged): nothing to record.
        }

        var name = deliveryEvent.Kind.ToString().ToLowerInvariant();
        var recorded = await commands.RecordDeliveryAsync(id, deliveryEvent.OutboxId, new DeliveryEvent(name, deliveryEvent.OccurredAt, deliveryEvent.Reason), ct);
        if (recorded && deliveryEvent.Kind is EmailDeliveryKind.Bounced or EmailDeliveryKind.Dropped)
        {
            // Keyed by the provider's event id: a webhook delivered twice alerts once. The address and template tell the
            // workflow whose mail failed (the desk's own goes to the coordinators); they stay in the instance's history.
            var key = "delivery:" + (deliveryEvent.ProviderEventId ?? $"{deliveryEvent.OutboxId}:{name}");
            var mail = (await queries.GetEmailsAsync(id, ct)).FirstOrDefault(o => o.Id == deliveryEvent.OutboxId);
            await commands.RaiseEventAsync(
                id,
                UndeliverableEvent,
                new { outboxId = deliveryEvent.OutboxId, kind = name, to = mail?.To, template = mail?.Template },
                new RaiseEventOptions { SingleUseKey = key },
                ct);
        }
    }
}
