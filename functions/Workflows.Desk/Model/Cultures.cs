namespace Workflows.Desk.Model;

/// <summary>The two languages of the service: Italian (default) and English.</summary>
public static class Cultures
{
    /// <summary>Italian.</summary>
    public const string Italian = "it";

    /// <summary>English.</summary>
    public const string English = "en";

    /// <summary>True for <c>en</c>, <c>en-GB</c>, ...; everything else is Italian.</summary>
    public static bool IsEnglish(string? culture) =>
        culture is not null && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);

    /// <summary>Maps any culture name to <c>it</c> or <c>en</c>.</summary>
    public static string Normalize(string? culture) => IsEnglish(culture) ? English : Italian;
}
