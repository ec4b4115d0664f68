using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflows.Orchestration.Activities;

/// <summary>The output of <see cref="CompleteTurnActivity"/>: each e-mail's result, in order, and what the turn decided.</summary>
/// <param name="Emails">One result per e-mail of the input.</param>
/// <param name="Decided">The input's <see cref="TurnEffects.Decided"/>, as recorded in the history.</param>
[JsonConverter(typeof(TurnResultConverter))]
public sealed record TurnResult(IReadOnlyList<EmailSendResult> Emails, string? Decided);

/// <summary>Reads a <see cref="TurnResult"/>, and the bare list of results that histories written before it hold.</summary>
internal sealed class TurnResultConverter : JsonConverter<TurnResult>
{
    public override TurnResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return new TurnResult(JsonSerializer.Deserialize<List<EmailSendResult>>(ref reader, options) ?? [], null);
        }

        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var emails = TryGet(root, "emails", out var list) ? list.Deserialize<List<EmailSendResult>>(options) ?? [] : [];
        var decided = TryGet(root, "decided", out var digest) && digest.ValueKind == JsonValueKind.String ? digest.GetString() : null;
        return new TurnResult(emails, decided);
    }

    public override void Write(Utf8JsonWriter writer, TurnResult value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName("emails");
        JsonSerializer.Serialize(writer, value.Emails, options);
        writer.WriteString("decided", value.Decided);
        writer.WriteEndObject();
    }

    private static bool TryGet(JsonElement root, string name, out JsonElement value)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
