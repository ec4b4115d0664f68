using System.Text.Json;

namespace Workflows.Email;

/// <summary>
/// Reads SendGrid's Event Webhook body (a JSON array of events) into <see cref="EmailDeliveryEvent"/>s.
/// </summary>
/// <remarks>
/// Kept: delivered, bounce, dropped, deferred, spamreport. Ignored: processed, open, click, unsubscribe and any
/// future type (opens are unreliable with image proxies and say nothing the workflow acts on), and events without
/// both <c>instanceId</c> and <c>outboxId</c> custom arguments (mails this service did not send). The recipient's
/// address in each event is deliberately not read.
/// </remarks>
public static class SendGridWebhookParser
{
    /// <summary>Parses <paramref name="body"/>.</summary>
    /// <exception cref="FormatException">The body is not a JSON array of event objects with an event type and a timestamp.</exception>
    public static IReadOnlyList<EmailDeliveryEvent> Parse(ReadOnlySpan<byte> body)
    {
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 16 });
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException ex)
        {
            throw new FormatException("The webhook body is not JSON.", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("The webhook body is not a JSON array of events.");
            }

            var events = new List<EmailDeliveryEvent>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Object
                    || String(item, "event") is not { } type
                    || !item.TryGetProperty("timestamp", out var timestamp)
                    || timestamp.ValueKind != JsonValueKind.Number
                    || !timestamp.TryGetInt64(out var seconds)
                    || seconds < 0
                    || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
                {
                    throw new FormatException("A webhook event lacks its type or timestamp.");
                }

                if (KindOf(type) is not { } kind
                    || String(item, EmailEnvelope.InstanceIdArg) is not { } instanceId
                    || String(item, EmailEnvelope.OutboxIdArg) is not { } outboxId)
                {
                    continue;
                }

                events.Add(new EmailDeliveryEvent(
                    instanceId,
                    outboxId,
                    kind,
                    DateTimeOffset.FromUnixTimeSeconds(seconds),
                    String(item, "sg_event_id"),
                    String(item, "sg_message_id"),
                    String(item, "reason") ?? String(item, "response"),
                    String(item, "status")));
            }

            return events;
        }
    }

    private static EmailDeliveryKind? KindOf(string type) => type switch
    {
        "delivered" => EmailDeliveryKind.Delivered,
        "bounce" => EmailDeliveryKind.Bounced,
        "dropped" => EmailDeliveryKind.Dropped,
        "deferred" => EmailDeliveryKind.Deferred,
        "spamreport" => EmailDeliveryKind.SpamReported,
        _ => null,
    };

    private static string? String(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text
            ? text
            : null;
}
