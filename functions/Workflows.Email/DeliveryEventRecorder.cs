using Workflows.Steps;

namespace Workflows.Email;

/// <summary>
/// Records a provider's delivery event on the e-mail's send record and, for a bounce or a drop, tells the workflow
/// (event <see cref="UndeliverableEvent"/>) so it can alert the desk. The web app records through its runtime seam,
/// the Function App through the Durable client; each says only how it stores, finds and raises.
/// </summary>
public abstract class DeliveryEventRecorder : IEmailDeliveryRecorder
{
    /// <summary>The workflow event raised for a bounce or a drop.</summary>
    public const string UndeliverableEvent = "EmailUndeliverable";

    /// <inheritdoc />
    public async Task RecordAsync(EmailDeliveryEvent deliveryEvent, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(deliveryEvent);
        if (!InstanceId.TryParse(deliveryEvent.InstanceId, out var id))
        {
            return; // Not one of ours (custom args missing or forged): nothing to record.
        }

        var name = deliveryEvent.Kind.ToString().ToLowerInvariant();
        var recorded = await AddAsync(id, deliveryEvent.OutboxId, name, deliveryEvent, ct).ConfigureAwait(false);
        if (recorded && deliveryEvent.Kind is EmailDeliveryKind.Bounced or EmailDeliveryKind.Dropped)
        {
            // Keyed by the provider's event id: a webhook delivered twice alerts once. The address and template tell the
            // workflow whose mail failed (the desk's own goes to the coordinators); they stay in the instance's history.
            var key = "delivery:" + (deliveryEvent.ProviderEventId ?? $"{deliveryEvent.OutboxId}:{name}");
            var (to, template) = await FindEmailAsync(id, deliveryEvent.OutboxId, ct).ConfigureAwait(false);
            await RaiseAsync(id, new { outboxId = deliveryEvent.OutboxId, kind = name, to, template }, key, ct).ConfigureAwait(false);
        }
    }

    /// <summary>Adds the event, named <paramref name="kind"/>, to the send record of <paramref name="outboxId"/>; false when it was there already or there is no such e-mail.</summary>
    protected abstract Task<bool> AddAsync(InstanceId instanceId, string outboxId, string kind, EmailDeliveryEvent deliveryEvent, CancellationToken ct);

    /// <summary>The address and template of the e-mail <paramref name="outboxId"/>, nulls when it is not found.</summary>
    protected abstract Task<(string? To, string? Template)> FindEmailAsync(InstanceId instanceId, string outboxId, CancellationToken ct);

    /// <summary>Raises <see cref="UndeliverableEvent"/> with <paramref name="payload"/> on the instance, once for <paramref name="key"/>.</summary>
    protected abstract Task RaiseAsync(InstanceId instanceId, object payload, string key, CancellationToken ct);
}
