using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Workflows.Host.Functions;

/// <summary>
/// Reads the custom-handler request body <c>{"Data":{...},"Metadata":{...}}</c> leniently: property names in any
/// case, numbers as numbers or strings, the queue message as a JSON string, an embedded object, or base64.
/// </summary>
internal static class TriggerPayload
{
    /// <summary>The queue message text and its delivery count, or why the payload cannot be read.</summary>
    public static bool TryReadQueue(JsonElement root, string binding, out string message, out long dequeueCount, out string problem)
    {
        message = string.Empty;
        dequeueCount = 1;
        problem = string.Empty;
        if (root.ValueKind != JsonValueKind.Object || !TryGet(root, "Data", out var data) || data.ValueKind != JsonValueKind.Object)
        {
            problem = "no Data object";
            return false;
        }

        if (!TryGet(data, binding, out var value))
        {
            problem = $"no Data.{binding}";
            return false;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                message = Decode(value.GetString()!);
                break;
            case JsonValueKind.Object:
                // Some host versions hand a JSON message over already parsed.
                message = value.GetRawText();
                break;
            default:
                problem = $"Data.{binding} is {value.ValueKind}";
                return false;
        }

        if (TryGet(root, "Metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
            && TryGet(metadata, "DequeueCount", out var count))
        {
            dequeueCount = ReadLong(count) ?? 1;
        }

        dequeueCount = Math.Max(1, dequeueCount);
        return true;
    }

    /// <summary>Whether the timer invocation says it is past due; anything unreadable counts as not.</summary>
    public static bool ReadTimerPastDue(JsonElement root, string binding)
    {
        if (root.ValueKind != JsonValueKind.Object || !TryGet(root, "Data", out var data) || data.ValueKind != JsonValueKind.Object
            || !TryGet(data, binding, out var timer))
        {
            return false;
        }

        if (timer.ValueKind == JsonValueKind.String)
        {
            // A timer info serialised as a string: parse it again, and give up quietly on anything odd.
            try
            {
                using var document = JsonDocument.Parse(timer.GetString()!);
                return ReadPastDue(document.RootElement);
            }
            catch (JsonException)
            {
                return false;
            }
        }

        return ReadPastDue(timer);
    }

    private static bool ReadPastDue(JsonElement timer) =>
        timer.ValueKind == JsonValueKind.Object && TryGet(timer, "IsPastDue", out var pastDue) && pastDue.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.String => bool.TryParse(pastDue.GetString(), out var b) && b,
            _ => false,
        };

    /// <summary>
    /// Our messages are base64 on the wire and the host decodes them for the trigger; if a host (or a test)
    /// passes the wire form, decode it here. Text that already looks like JSON is taken as it is.
    /// </summary>
    private static string Decode(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('{') || trimmed.Length == 0 || trimmed.Length % 4 != 0)
        {
            return text;
        }

        var buffer = new byte[(trimmed.Length / 4) * 3];
        if (Convert.TryFromBase64String(trimmed, buffer, out var written))
        {
            try
            {
                var decoded = new UTF8Encoding(false, true).GetString(buffer, 0, written);
                if (decoded.TrimStart().StartsWith('{'))
                {
                    return decoded;
                }
            }
            catch (DecoderFallbackException)
            {
                // Not UTF-8 text: not one of ours; the processor will poison it as malformed.
            }
        }

        return text;
    }

    private static long? ReadLong(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var n) => n,
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static bool TryGet(JsonElement element, string name, out JsonElement value)
    {
        if (element.TryGetProperty(name, out value))
        {
            return true;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        return false;
    }
}
