namespace Workflows.Host.Web.Coordinator;

/// <summary>The default labels: the raw tag values, free-text filters. Replaced by the domain's names.</summary>
public sealed class TagValueLabels : IDashboardLabels
{
    /// <inheritdoc />
    public string Describe(string tag, string value) => value;

    /// <inheritdoc />
    public string? Find(string tag, string text) => null;

    /// <inheritdoc />
    public IReadOnlyList<LabelOption> Options(string tag) => [];
}
