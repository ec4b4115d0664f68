using Microsoft.AspNetCore.Mvc;
using Workflows.Desk.Model;
using Workflows.Host.Anagrafica;
using Workflows.Host.Web.Desk;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Coordinator.Anagrafica;

/// <summary>Opens a desk, changes it, closes or reopens it. A desk of another network is a 404.</summary>
public sealed class DeskModel(NetworkRegistry registry) : DirectoryEntryPage<InnovationDesk>(registry)
{
    /// <summary>The id (new desks only).</summary>
    [BindProperty] public string? Id { get; set; }

    /// <summary>ISTAT code of the comune.</summary>
    [BindProperty] public string? ComuneIstat { get; set; }

    /// <summary>Name.</summary>
    [BindProperty] public string? Name { get; set; }

    /// <summary>Address.</summary>
    [BindProperty] public string? Address { get; set; }

    /// <summary>Referent.</summary>
    [BindProperty] public string? ReferentName { get; set; }

    /// <summary>The desk's address.</summary>
    [BindProperty] public string? Email { get; set; }

    /// <summary>Office hours as text.</summary>
    [BindProperty] public string? OfficeHours { get; set; }

    /// <summary>Closures as text, one a line.</summary>
    [BindProperty] public string? Closures { get; set; }

    /// <summary>Language of the mails.</summary>
    [BindProperty] public string? Culture { get; set; }

    /// <inheritdoc />
    protected override string? Key => RouteData.Values["key"] is string key and not "new" ? key : null;

    /// <inheritdoc />
    protected override InnovationDesk? Find(string key, Network network) =>
        Read.Directory.FindDesk(key) is { } desk && desk.NetworkId == network.Id ? desk : null;

    /// <inheritdoc />
    protected override string? VersionOf(InnovationDesk entry) => Read.VersionOf(DirectoryKind.Desk, entry.Id);

    /// <inheritdoc />
    protected override void Fill(InnovationDesk? entry)
    {
        if (entry is { } d)
        {
            (Id, ComuneIstat, Name, Address, ReferentName, Email, OfficeHours, Culture) =
                (d.Id, d.ComuneIstat, d.Name, d.Address, d.ReferentName, d.Email, OfficeHoursText.Format(d.OfficeHours), d.Culture);
            Closures = ClosuresText.Format(d.Closures).Replace("; ", "\n", StringComparison.Ordinal);
        }
    }

    /// <inheritdoc />
    protected override InnovationDesk? FromForm()
    {
        var (hours, unreadable) = OfficeHoursText.Parse(OfficeHours);
        if (unreadable is not null)
        {
            Errors.Add("officeHours", Texts.Problem(new("officeHours", DirectoryProblemKind.Unreadable, unreadable)));
        }

        var (closures, unreadableClosure) = ClosuresText.Parse(Closures);
        if (unreadableClosure is not null)
        {
            Errors.Add("closures", Texts.Problem(new("closures", DirectoryProblemKind.Unreadable, unreadableClosure)));
        }

        var deskId = Existing?.Id ?? (Id ?? string.Empty).Trim();
        if (Existing is null && Registry.Current.Directory.FindDesk(deskId) is not null)
        {
            Errors.Add("id", Texts.Problem(new("id", DirectoryProblemKind.IdInvalid, deskId)));
        }

        return Errors.Count > 0
            ? null
            : new InnovationDesk(
                deskId, ComuneIstat ?? string.Empty, Name ?? string.Empty, Address ?? string.Empty, ReferentName ?? string.Empty, Email ?? string.Empty,
                hours, Network.Id, string.IsNullOrWhiteSpace(Culture) ? "it" : Culture, Existing?.Active ?? true, Closures: closures);
    }

    /// <inheritdoc />
    protected override InnovationDesk Toggled(InnovationDesk entry) => entry with { Active = !entry.Active };

    /// <inheritdoc />
    protected override string NameOf(InnovationDesk entry) => entry.Name;

    /// <inheritdoc />
    protected override Task<DirectoryWrite> WriteAsync(InnovationDesk entry, string by, string? version, CancellationToken cancellationToken) =>
        Registry.SaveDeskAsync(entry, by, version, cancellationToken);
}
