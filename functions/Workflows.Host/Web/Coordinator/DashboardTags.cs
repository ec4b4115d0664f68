using System.Globalization;

namespace Workflows.Host.Web.Coordinator;

/// <summary>
/// The instance tags the dashboard reads. The workflows set them through <c>Decision.Tags</c>; they hold ids and
/// codes only, never personal data (the CSV export copies them).
/// </summary>
public static class DashboardTags
{
    /// <summary>The request code desks and applicants use (<c>TO-2026-0148</c>).</summary>
    public const string Code = "code";

    /// <summary>The partner organisation id.</summary>
    public const string Partner = "partner";

    /// <summary>The comune's ISTAT code.</summary>
    public const string Comune = "comune";

    /// <summary>The request category key.</summary>
    public const string Category = "category";

    /// <summary>The network id (a coordinator with a network sees only its requests).</summary>
    public const string Network = "network";

    /// <summary>The desk id.</summary>
    public const string Desk = "desk";

    /// <summary>When the current step's service level is due, as <see cref="FormatInstant"/> writes it; empty when none.</summary>
    public const string SlaDueAt = "slaDueAt";

    /// <summary>The sortable text form of an instant in tags: UTC, <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
    public static string FormatInstant(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Reads an instant written by <see cref="FormatInstant"/> (or any ISO 8601 form); null when absent or unreadable.</summary>
    public static DateTimeOffset? ParseInstant(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : null;
}
