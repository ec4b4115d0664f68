namespace Workflows.Host.Anagrafica;

/// <summary>Lists in one form field or CSV cell: values separated by commas, semicolons, spaces or new lines.</summary>
public static class ListText
{
    /// <summary>The values, trimmed, without empties or repeats.</summary>
    public static IReadOnlyList<string> Parse(string? text) =>
        [.. (text ?? string.Empty).Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>The values joined for a form field or a CSV cell.</summary>
    public static string Format(IEnumerable<string> values) => string.Join(", ", values ?? []);
}
