using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflows.Steps;

/// <summary>The JSON options the engine uses for state, inputs, payloads and models.</summary>
public static class WorkflowJson
{
    /// <summary>Web defaults (camelCase), enums as strings.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serialises <paramref name="value"/> to a <see cref="JsonElement"/>.</summary>
    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
