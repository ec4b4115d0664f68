using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Email;

/// <summary>
/// Records SendGrid delivery events on the e-mail's outbox row through the runtime seam, and tells the workflow about
/// bounces and drops (<see cref="DeliveryEventRecorder"/>).
/// </summary>
internal sealed class DeliveryRecorder(IWorkflowCommands commands, IWorkflowQueries queries) : DeliveryEventRecorder
{
    protected override Task<bool> AddAsync(InstanceId instanceId, string outboxId, string kind, EmailDeliveryEvent deliveryEvent, CancellationToken ct) =>
        commands.RecordDeliveryAsync(instanceId, outboxId, new DeliveryEvent(kind, deliveryEvent.OccurredAt, deliveryEvent.Reason), ct);

    protected override async Task<(string? To, string? Template)> FindEmailAsync(InstanceId instanceId, string outboxId, CancellationToken ct)
    {
        var mail = (await queries.GetEmailsAsync(instanceId, ct)).FirstOrDefault(o => o.Id == outboxId);
        return (mail?.To, mail?.Template);
    }

    protected override Task RaiseAsync(InstanceId instanceId, object payload, string key, CancellationToken ct) =>
        commands.RaiseEventAsync(instanceId, UndeliverableEvent, payload, new RaiseEventOptions { SingleUseKey = key }, ct);
}
