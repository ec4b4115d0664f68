using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Desk.Model;

namespace Workflows.Host.Web.Public;

/// <summary>The network's open statistics: aggregated counts of the desk requests, small counts suppressed.</summary>
public sealed class StatisticsModel(OpenStatistics statistics, NetworkDirectory directory) : PageModel
{
    /// <summary>The figures.</summary>
    public OpenStatisticsSnapshot Figures { get; private set; } = null!;

    /// <summary>Counts the requests (or reuses a recent count).</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Figures = await statistics.GetAsync(cancellationToken);

    /// <summary>A category's label.</summary>
    public static string CategoryLabel(string key) =>
        Enum.TryParse<Category>(key, out var c) ? CategoryLabels.Label(c, Shared.SiteCultures.Current) : Shared.Texts.Unassigned;

    /// <summary>A comune's name (ISTAT code when unknown).</summary>
    public string ComuneLabel(string key) =>
        key == OpenStatistics.OtherComuni ? Shared.Texts.OtherComuni
        : directory.FindComune(key) is { } c ? $"{c.Name} ({c.Province})" : Shared.Texts.Unassigned;

    /// <summary>A partner's name; "" is a request still waiting for one.</summary>
    public string PartnerLabel(string key) =>
        key.Length == 0 ? Shared.Texts.NotYetAssigned : directory.FindPartner(key)?.Name ?? key;

    /// <summary>A quarter key (<c>2026-3</c>) in words.</summary>
    public static string QuarterLabel(string key)
    {
        var parts = key.Split('-');
        return parts.Length == 2 && int.TryParse(parts[0], out var year) && int.TryParse(parts[1], out var quarter)
            ? Shared.Texts.Quarter(year, quarter)
            : key;
    }
}
