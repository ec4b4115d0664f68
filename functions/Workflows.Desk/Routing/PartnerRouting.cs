using Workflows.Desk.Model;

namespace Workflows.Desk.Routing;

/// <summary>
/// Routes a request by topic × territory: a partner qualifies when it serves the category and either names the comune
/// or serves its province, and has at least one reviewer. No match sends the request to the coordinator's triage.
/// </summary>
/// <remarks>
/// Order: a comune match beats a province match; ties are broken by partner id (ordinal), so the same facts always
/// give the same partner. Partners already tried (declined, referred on) are excluded by the caller.
/// Named <c>PartnerRouting</c> rather than <c>Routing</c> so it does not clash with its namespace.
/// </remarks>
public static class PartnerRouting
{
    /// <summary>The best partner for the request, or null when nobody matches (triage).</summary>
    public static Partner? Route(
        Category category,
        string comuneIstat,
        string provinceCode,
        IEnumerable<Partner> partners,
        IReadOnlyCollection<string>? exclude = null) =>
        Candidates(category, comuneIstat, provinceCode, partners, exclude) is [var best, ..] ? best.Partner : null;

    /// <summary>Every qualifying partner, best first.</summary>
    public static IReadOnlyList<RouteMatch> Candidates(
        Category category,
        string comuneIstat,
        string provinceCode,
        IEnumerable<Partner> partners,
        IReadOnlyCollection<string>? exclude = null)
    {
        var excluded = exclude ?? [];
        return partners
            .Where(p => !excluded.Contains(p.Id, StringComparer.Ordinal))
            .Where(p => p.ReviewerEmails.Any(e => !string.IsNullOrWhiteSpace(e)))
            .Where(p => p.Topics.Contains(category))
            .Select(p => Match(p, comuneIstat, provinceCode) is { } m ? new RouteMatch(p, m) : null)
            .OfType<RouteMatch>()
            .OrderByDescending(m => m.Match)
            .ThenBy(m => m.Partner.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static TerritoryMatch? Match(Partner partner, string comuneIstat, string provinceCode)
    {
        if (partner.Comuni.Contains(comuneIstat, StringComparer.Ordinal))
        {
            return TerritoryMatch.Comune;
        }

        return partner.Provinces.Contains(provinceCode, StringComparer.OrdinalIgnoreCase) ? TerritoryMatch.Province : null;
    }
}
