using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflows.Host.Functions;

/// <summary>
/// The answer to a custom-handler invocation: <c>{"Outputs":{},"Logs":[...],"ReturnValue":null}</c>. Our
/// functions have no output bindings; the logs go to the host's invocation log, so they carry only opaque ids.
/// </summary>
/// <param name="Outputs">Values by output binding name (none here).</param>
/// <param name="Logs">Lines the host writes to the invocation's log.</param>
/// <param name="ReturnValue">The <c>$return</c> binding's value (none here).</param>
public sealed record InvocationResult(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    /// <summary>The host reads these names as written and needs <c>ReturnValue</c> present even when null.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>An answer with these log lines and nothing else.</summary>
    public static InvocationResult WithLogs(params string[] logs) => new(new Dictionary<string, object?>(), logs, null);
}
