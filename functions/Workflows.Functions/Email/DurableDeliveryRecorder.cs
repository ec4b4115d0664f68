using System.Text.Json;
using Workflows.Email;
using Workflows.Orchestration.Orchestrators;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Functions.Email;

/// <summary>
/// Records SendGrid delivery events on the e-mail's send record and tells the workflow about bounces and drops
/// (signal <see cref="UndeliverableEvent"/>, keyed by the provider's event id, so a webhook delivered twice alerts once).
/// </summary>
/// <param name="views">The send records.</param>
/// <param name="raise">Raises a signal on an instance (the Durable client's <c>RaiseEventAsync</c> in the function).</param>
internal sealed class DurableDeliveryRecorder(WorkflowViewStore views, Func<string, WorkflowSignal, CancellationToken, Task> raise) : IEmailDeliveryRecorder
{
    /// <summary>The workflow event raised for a bounce or a drop.</summary>
    public const string UndeliverableEvent = "EmailUndeliverable";

    public async Task RecordAsync(EmailDeliveryEvent deliveryEvent, CancellationToken ct)
    {
        if (!InstanceId.TryParse(deliveryEvent.InstanceId, out var id))
        {
            return; // Not one of ours (custom args missing or forged): nothing to record.
        }

        var name = deliveryEvent.Kind.ToString().ToLowerInvariant();
        var recorded = await views.AddDeliveryAsync(id, deliveryEvent.OutboxId, new DeliveryRecord(name, deliveryEvent.OccurredAt, deliveryEvent.Reason), ct);
        if (recorded && deliveryEvent.Kind is EmailDeliveryKind.Bounced or EmailDeliveryKind.Dropped)
        {
            var key = "delivery:" + (deliveryEvent.ProviderEventId ?? $"{deliveryEvent.OutboxId}:{name}");
            var mail = await views.GetEmailAsync(id, deliveryEvent.OutboxId, ct);
            var payload = JsonSerializer.SerializeToElement(
                new { outboxId = deliveryEvent.OutboxId, kind = name, to = mail?.Record.To, template = mail?.Record.Template },
                WorkflowJson.Options);
            await raise(id.Value, new WorkflowSignal(key, UndeliverableEvent, payload, key, null), ct);
        }
    }
}
