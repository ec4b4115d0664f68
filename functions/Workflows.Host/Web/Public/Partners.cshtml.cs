using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Desk.Model;

namespace Workflows.Host.Web.Public;

using Partner = Workflows.Desk.Model.Partner;

/// <summary>
/// The map of the network's actors, for anyone: partners with their topics, territories and contact, and the desks
/// with their opening hours, filtered by province, comune and topic. Unknown filter values answer 400.
/// </summary>
public sealed class PartnersModel(NetworkDirectory directory) : PageModel
{
    /// <summary>Province filter (<c>TO</c>, <c>AL</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "provincia")]
    public string? Province { get; set; }

    /// <summary>Comune filter (ISTAT code).</summary>
    [BindProperty(SupportsGet = true, Name = "comune")]
    public string? ComuneIstat { get; set; }

    /// <summary>Topic filter (category name).</summary>
    [BindProperty(SupportsGet = true, Name = "tema")]
    public string? Topic { get; set; }

    /// <summary>The directory.</summary>
    public NetworkDirectory Directory => directory;

    /// <summary>The provinces with comuni in the directory.</summary>
    public IReadOnlyList<string> Provinces { get; private set; } = [];

    /// <summary>The partners that match, by name.</summary>
    public IReadOnlyList<Partner> Partners { get; private set; } = [];

    /// <summary>The desks that match, by comune name.</summary>
    public IReadOnlyList<InnovationDesk> Desks { get; private set; } = [];

    /// <summary>The chosen comune, if any.</summary>
    public Comune? Comune { get; private set; }

    /// <summary>The chosen topic, if any.</summary>
    public Category? Category { get; private set; }

    /// <summary>Filters the directory.</summary>
    public IActionResult OnGet()
    {
        Provinces = [.. directory.Comuni.Select(c => c.Province).Distinct().Order(StringComparer.Ordinal)];
        var province = string.IsNullOrWhiteSpace(Province) ? null : Province.Trim().ToUpperInvariant();
        if (province is not null && !Provinces.Contains(province))
        {
            return BadRequest();
        }

        if (!string.IsNullOrWhiteSpace(ComuneIstat))
        {
            Comune = directory.FindComune(ComuneIstat.Trim());
            if (Comune is null)
            {
                return BadRequest();
            }
        }

        if (!string.IsNullOrWhiteSpace(Topic))
        {
            if (!Enum.TryParse<Category>(Topic.Trim(), ignoreCase: false, out var topic) || !Enum.IsDefined(topic) || int.TryParse(Topic, out _))
            {
                return BadRequest();
            }

            Category = topic;
        }

        Province = province;
        Partners = [.. directory.Partners
            .Where(p => p.Active)
            .Where(p => Category is not { } c || p.Topics.Contains(c))
            .Where(p => province is null || p.Provinces.Contains(province) || p.Comuni.Any(c => directory.FindComune(c)?.Province == province))
            .Where(p => Comune is null || p.Comuni.Contains(Comune.Istat) || p.Provinces.Contains(Comune.Province))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)];
        Desks = [.. directory.Desks
            .Where(d => d.Active)
            .Select(d => (Desk: d, Comune: directory.FindComune(d.ComuneIstat)))
            .Where(d => province is null || d.Comune?.Province == province)
            .Where(d => Comune is null || d.Desk.ComuneIstat == Comune.Istat)
            .OrderBy(d => d.Comune?.Name, StringComparer.CurrentCulture)
            .Select(d => d.Desk)];
        return Page();
    }

    /// <summary>The territory a partner serves, in words: whole provinces, then comuni by name.</summary>
    public IReadOnlyList<string> TerritoryOf(Partner partner) =>
    [
        .. partner.Provinces.Select(Shared.Texts.WholeProvince),
        .. partner.Comuni.Select(c => directory.FindComune(c)?.Name ?? c).Order(StringComparer.CurrentCulture),
    ];

    /// <summary>The names of a partner's networks.</summary>
    public IReadOnlyList<string> NetworksOf(Partner partner) => [.. partner.NetworkIds.Select(n => directory.FindNetwork(n)?.Name ?? n)];
}
