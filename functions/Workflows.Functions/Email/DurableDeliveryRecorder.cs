using System.Text.Json;
using Workflows.Email;
using Workflows.Orchestration.Orchestrators;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Functions.Email;

/// <summary>
/// Records SendGrid delivery events on the e-mail's send record and tells the workflow about bounces and drops
/// (<see cref="DeliveryEventRecorder"/>; signal <see cref="DeliveryEventRecorder.UndeliverableEvent"/>, keyed by the
/// provider's event id, so a webhook delivered twice alerts once).
/// </summary>
/// <param name="views">The send records.</param>
/// <param name="raise">Raises a signal on an instance (the Durable client's <c>RaiseEventAsync</c> in the function).</param>
internal sealed class DurableDeliveryRecorder(WorkflowViewStore views, Func<string, WorkflowSignal, CancellationToken, Task> raise) : DeliveryEventRecorder
{
    protected override Task<bool> AddAsync(InstanceId instanceId, string outboxId, string kind, EmailDeliveryEvent deliveryEvent, CancellationToken ct) =>
        views.AddDeliveryAsync(instanceId, outboxId, new DeliveryRecord(kind, deliveryEvent.OccurredAt, deliveryEvent.Reason), ct);

    protected override async Task<(string? To, string? Template)> FindEmailAsync(InstanceId instanceId, string outboxId, CancellationToken ct)
    {
        var mail = await views.GetEmailAsync(instanceId, outboxId, ct);
        return (mail?.Record.To, mail?.Record.Template);
    }

    protected override Task RaiseAsync(InstanceId instanceId, object payload, string key, CancellationToken ct) =>
        raise(instanceId.Value, new WorkflowSignal(key, UndeliverableEvent, JsonSerializer.SerializeToElement(payload, WorkflowJson.Options), key, null), ct);
}
