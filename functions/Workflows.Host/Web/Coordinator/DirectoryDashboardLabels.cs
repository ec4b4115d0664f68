using Workflows.Desk.Model;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Coordinator;

/// <summary>
/// The clerk's words for the dashboard's tag values, from the network directory: partner, desk and network names,
/// comune names with their province, category labels in the page's language. Unknown values show as they are.
/// </summary>
public sealed class DirectoryDashboardLabels(NetworkDirectory directory) : IDashboardLabels
{
    /// <inheritdoc />
    public string Describe(string tag, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return tag switch
        {
            DashboardTags.Partner when value.Length == 0 => Texts.NotYetAssigned,
            DashboardTags.Partner => directory.FindPartner(value)?.Name ?? value,
            DashboardTags.Comune => directory.FindComune(value) is { } c ? $"{c.Name} ({c.Province})" : value,
            DashboardTags.Category => Enum.TryParse<Category>(value, out var category) && Enum.IsDefined(category)
                ? CategoryLabels.Label(category, SiteCultures.Current)
                : value,
            DashboardTags.Desk => directory.FindDesk(value)?.Name ?? value,
            DashboardTags.Network => directory.FindNetwork(value)?.Name ?? value,
            _ => value,
        };
    }

    /// <inheritdoc />
    public string? Find(string tag, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var wanted = StepNames.Fold(text);
        return tag switch
        {
            // "Burolo" or "Burolo (TO)": the desks' comuni first (a name may recur in another province), then any.
            DashboardTags.Comune => Options(DashboardTags.Comune).FirstOrDefault(o => StepNames.Fold(o.Label) == wanted)?.Value
                ?? directory.Comuni.Where(c => StepNames.Fold(c.Name) == wanted || StepNames.Fold($"{c.Name} ({c.Province})") == wanted)
                    .Select(c => c.Istat).FirstOrDefault(),
            _ => null,
        };
    }

    /// <inheritdoc />
    public IReadOnlyList<LabelOption> Options(string tag) => tag switch
    {
        DashboardTags.Partner => [.. directory.Partners.Select(p => new LabelOption(p.Id, p.Name)).OrderBy(o => o.Label, StringComparer.CurrentCulture)],
        // Requests are filed in the comune of their desk: the desks' comuni are the ones to choose from.
        DashboardTags.Comune => [.. directory.Desks.Select(d => d.ComuneIstat).Distinct(StringComparer.Ordinal)
            .Select(istat => new LabelOption(istat, Describe(DashboardTags.Comune, istat))).OrderBy(o => o.Label, StringComparer.CurrentCulture)],
        DashboardTags.Desk => [.. directory.Desks.Select(d => new LabelOption(d.Id, d.Name)).OrderBy(o => o.Label, StringComparer.CurrentCulture)],
        DashboardTags.Category => [.. Enum.GetValues<Category>().Select(c => new LabelOption(c.ToString(), CategoryLabels.Label(c, SiteCultures.Current)))],
        _ => [],
    };
}
