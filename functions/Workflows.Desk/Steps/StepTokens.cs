using System.Text.Json;

namespace Workflows.Desk.Steps;

/// <summary>Step tokens: <c>s</c> + the instance's step counter, so the same history always gives the same tokens.</summary>
public static class StepTokens
{
    /// <summary>The token of step number <paramref name="stepNumber"/> (e.g. <c>s7</c>).</summary>
    public static string For(int stepNumber) => "s" + stepNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads the <c>step</c> property of an event payload; null when there is none.</summary>
    public static string? Read(JsonElement payload) =>
        payload.ValueKind == JsonValueKind.Object
        && payload.TryGetProperty("step", out var step)
        && step.ValueKind == JsonValueKind.String
            ? step.GetString()
            : null;
}
