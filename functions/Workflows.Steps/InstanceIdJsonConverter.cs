using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflows.Steps;

/// <summary>Writes an <see cref="InstanceId"/> as its text and reads it back (refusing anything that is not an id).</summary>
public sealed class InstanceIdJsonConverter : JsonConverter<InstanceId>
{
    /// <inheritdoc />
    public override InstanceId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        InstanceId.TryParse(reader.GetString(), out var id) ? id : throw new JsonException("Not a workflow instance id.");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, InstanceId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
