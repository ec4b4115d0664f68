namespace Workflows.Host.Web.Coordinator;

/// <summary>
/// Human names for the tag values the dashboard shows and filters by (partner ids, ISTAT codes, category keys).
/// The domain module replaces the default, which shows the raw values.
/// </summary>
public interface IDashboardLabels
{
    /// <summary>The name of <paramref name="value"/> of <paramref name="tag"/> in the current language (the value itself when unknown).</summary>
    string Describe(string tag, string value);

    /// <summary>The value of <paramref name="tag"/> whose name is <paramref name="text"/> (any case and accents); null when none is.</summary>
    string? Find(string tag, string text);

    /// <summary>The choices offered for filtering by <paramref name="tag"/>; empty for a free-text filter.</summary>
    IReadOnlyList<LabelOption> Options(string tag);
}

/// <summary>One filter choice.</summary>
/// <param name="Value">The tag value.</param>
/// <param name="Label">Its name.</param>
public sealed record LabelOption(string Value, string Label);
