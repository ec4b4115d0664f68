using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflows.Host.Anagrafica;

/// <summary>How directory entries are written in the table, the change log and the JSON files: camelCase, enums by name.</summary>
public static class DirectoryJson
{
    /// <summary>The serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };
}
