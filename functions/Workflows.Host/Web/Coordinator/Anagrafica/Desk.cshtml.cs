using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Desk.Model;
using Workflows.Host.Anagrafica;
using Workflows.Host.Web.Desk;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Coordinator.Anagrafica;

/// <summary>Opens a desk, changes it, closes or reopens it. A desk of another network is a 404.</summary>
public sealed class DeskModel(NetworkRegistry registry) : PageModel
{
    /// <summary>The network.</summary>
    public Network Network { get; private set; } = null!;

    /// <summary>The stored desk, null for a new one.</summary>
    public InnovationDesk? Existing { get; private set; }

    /// <summary>The query keeping the network on the links.</summary>
    public string Query { get; private set; } = string.Empty;

    /// <summary>The form's errors.</summary>
    public FieldErrors Errors { get; } = new();

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

    // The directory as read for this request: the form's values and their version come from the same read.
    private DirectorySnapshot _read = DirectorySnapshot.Empty;

    /// <summary>The stored version (ETag) the form was opened on: a save over someone else's change is refused.</summary>
    [BindProperty] public string? Version { get; set; }

    /// <summary>Shows the form.</summary>
    public async Task<IActionResult> OnGetAsync(string? key, string? network, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, network, cancellationToken))
        {
            return NotFound();
        }

        if (Existing is { } d)
        {
            Version = _read.VersionOf(DirectoryKind.Desk, d.Id);
            (Id, ComuneIstat, Name, Address, ReferentName, Email, OfficeHours, Culture) =
                (d.Id, d.ComuneIstat, d.Name, d.Address, d.ReferentName, d.Email, OfficeHoursText.Format(d.OfficeHours), d.Culture);
            Closures = ClosuresText.Format(d.Closures).Replace("; ", "\n", StringComparison.Ordinal);
        }

        return Page();
    }

    /// <summary>Saves the desk.</summary>
    public async Task<IActionResult> OnPostAsync(string? key, string? network, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, network, cancellationToken))
        {
            return NotFound();
        }

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
        if (Existing is null && registry.Current.Directory.FindDesk(deskId) is not null)
        {
            Errors.Add("id", Texts.Problem(new("id", DirectoryProblemKind.IdInvalid, deskId)));
        }

        if (Errors.Count > 0)
        {
            return Page();
        }

        var desk = new InnovationDesk(
            deskId, ComuneIstat ?? string.Empty, Name ?? string.Empty, Address ?? string.Empty, ReferentName ?? string.Empty, Email ?? string.Empty,
            hours, Network.Id, string.IsNullOrWhiteSpace(Culture) ? "it" : Culture, Existing?.Active ?? true, Closures: closures);
        return await SaveAsync(desk, cancellationToken);
    }

    /// <summary>Closes or reopens the desk.</summary>
    public async Task<IActionResult> OnPostToggleAsync(string? key, string? network, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(key, network, cancellationToken) || Existing is null)
        {
            return NotFound();
        }

        return await SaveAsync(Existing with { Active = !Existing.Active }, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(InnovationDesk desk, CancellationToken cancellationToken)
    {
        var write = await registry.SaveDeskAsync(desk, DirectoryScope.Author(User), Existing is null ? null : Version, cancellationToken);
        if (!write.Saved)
        {
            foreach (var p in write.Problems)
            {
                Errors.Add(p.Field, Texts.Problem(p));
            }

            return Page();
        }

        TempData[nameof(IndexModel.Saved)] = $"{desk.Name}: {Texts.DirectorySaved(write.Change!)}";
        return Redirect("/coordinator/directory" + Query);
    }

    private async Task<bool> LoadAsync(string? key, string? network, CancellationToken cancellationToken)
    {
        _read = await registry.GetAsync(cancellationToken);
        var directory = _read.Directory;
        if (DirectoryScope.NetworkOf(User, network, directory) is not { } chosen)
        {
            return false;
        }

        Network = chosen;
        Query = DirectoryScope.Query(User, chosen);
        if (key is null or "new")
        {
            return true;
        }

        Existing = directory.FindDesk(key);
        return Existing?.NetworkId == chosen.Id;
    }
}
