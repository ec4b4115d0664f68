using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Workflows.Desk.Model;
using Workflows.Host.Anagrafica;
using Workflows.Host.Web.Desk;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Coordinator.Anagrafica;

/// <summary>
/// Adds a partner with its topics and territories, changes it, deactivates or reactivates it. A partner that does
/// not serve the coordinator's network is a 404; the other networks a partner serves are kept.
/// </summary>
public sealed class PartnerModel(NetworkRegistry registry) : DirectoryEntryPage<Workflows.Desk.Model.Partner>(registry)
{
    /// <summary>The id (new partners only).</summary>
    [BindProperty] public string? Id { get; set; }

    /// <summary>Name.</summary>
    [BindProperty] public string? Name { get; set; }

    /// <summary>Topics (category names).</summary>
    [BindProperty] public List<Category> Topics { get; set; } = [];

    /// <summary>ISTAT codes served.</summary>
    [BindProperty] public string? Comuni { get; set; }

    /// <summary>Province codes served.</summary>
    [BindProperty] public string? Provinces { get; set; }

    /// <summary>Reviewers' addresses.</summary>
    [BindProperty] public string? ReviewerEmails { get; set; }

    /// <summary>Business days to review.</summary>
    [BindProperty] public string? ReviewDays { get; set; }

    /// <summary>Language of the mails.</summary>
    [BindProperty] public string? Culture { get; set; }

    /// <inheritdoc />
    protected override string? Key => RouteData.Values["key"] is string key and not "new" ? key : null;

    /// <inheritdoc />
    protected override Workflows.Desk.Model.Partner? Find(string key, Network network) =>
        Read.Directory.FindPartner(key) is { } partner && partner.NetworkIds.Contains(network.Id) ? partner : null;

    /// <inheritdoc />
    protected override string? VersionOf(Workflows.Desk.Model.Partner entry) => Read.VersionOf(DirectoryKind.Partner, entry.Id);

    /// <inheritdoc />
    protected override void Fill(Workflows.Desk.Model.Partner? entry)
    {
        if (entry is { } p)
        {
            Id = p.Id;
            Name = p.Name;
            Topics = [.. p.Topics];
            Comuni = ListText.Format(p.Comuni);
            Provinces = ListText.Format(p.Provinces);
            ReviewerEmails = ListText.Format(p.ReviewerEmails);
            ReviewDays = p.EffectiveSla.EscalationBusinessDays.ToString(CultureInfo.InvariantCulture);
            Culture = p.Culture;
        }
        else
        {
            ReviewDays = PartnerSla.Default.EscalationBusinessDays.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <inheritdoc />
    protected override Workflows.Desk.Model.Partner? FromForm()
    {
        var partnerId = Existing?.Id ?? (Id ?? string.Empty).Trim();
        if (Existing is null && Registry.Current.Directory.FindPartner(partnerId) is not null)
        {
            Errors.Add("id", Texts.Problem(new("id", DirectoryProblemKind.IdInvalid, partnerId)));
        }

        if (!int.TryParse(ReviewDays, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            Errors.Add("reviewDays", Texts.Problem(new("reviewDays", DirectoryProblemKind.ReviewDaysInvalid, ReviewDays)));
        }

        if (Errors.Count > 0)
        {
            return null;
        }

        return new Workflows.Desk.Model.Partner(
            partnerId,
            Name ?? string.Empty,
            Existing is null ? [Network.Id] : Existing.NetworkIds,
            [.. Topics.Where(Enum.IsDefined)],
            ListText.Parse(Comuni),
            [.. ListText.Parse(Provinces).Select(p => p.ToUpperInvariant())],
            ListText.Parse(ReviewerEmails),
            DirectoryRules.ReviewSla(days),
            string.IsNullOrWhiteSpace(Culture) ? "it" : Culture,
            Existing?.Active ?? true);
    }

    /// <inheritdoc />
    protected override Workflows.Desk.Model.Partner Toggled(Workflows.Desk.Model.Partner entry) => entry with { Active = !entry.Active };

    /// <inheritdoc />
    protected override string NameOf(Workflows.Desk.Model.Partner entry) => entry.Name;

    /// <inheritdoc />
    protected override Task<DirectoryWrite> WriteAsync(Workflows.Desk.Model.Partner entry, string by, string? version, CancellationToken cancellationToken) =>
        Registry.SavePartnerAsync(entry, by, version, cancellationToken);
}
