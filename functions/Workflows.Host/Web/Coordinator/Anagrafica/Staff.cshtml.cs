using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Desk.Model;
using Workflows.Host.Anagrafica;
using Workflows.Host.Web.Desk;
using Workflows.Host.Web.Shared;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Web.Coordinator.Anagrafica;

/// <summary>
/// Names a person of the network (a second desk referent, a partner reviewer, a coordinator), changes them, or
/// deactivates their address: it can no longer sign in. Someone of another network is a 404.
/// </summary>
public sealed class StaffModel(NetworkRegistry registry) : PageModel
{
    /// <summary>The network.</summary>
    public Network Network { get; private set; } = null!;

    /// <summary>The directory read.</summary>
    public NetworkDirectory Directory { get; private set; } = null!;

    /// <summary>The stored entry, null for a new one.</summary>
    public StaffEntry? Existing { get; private set; }

    /// <summary>The query keeping the network on the links.</summary>
    public string Query { get; private set; } = string.Empty;

    /// <summary>The form's errors.</summary>
    public FieldErrors Errors { get; } = new();

    /// <summary>The address.</summary>
    [BindProperty] public string? Email { get; set; }

    /// <summary>The name.</summary>
    [BindProperty] public string? Name { get; set; }

    /// <summary>The role.</summary>
    [BindProperty] public StaffRole? Role { get; set; }

    /// <summary>The desk of a referent.</summary>
    [BindProperty] public string? DeskId { get; set; }

    /// <summary>The partner of a reviewer.</summary>
    [BindProperty] public string? PartnerId { get; set; }

    // The directory as read for this request: the form's values and their version come from the same read.
    private DirectorySnapshot _read = DirectorySnapshot.Empty;

    /// <summary>The stored version (ETag) the form was opened on: a save over someone else's change is refused.</summary>
    [BindProperty] public string? Version { get; set; }

    /// <summary>Shows the form.</summary>
    public async Task<IActionResult> OnGetAsync(string? person, string? network, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(person, network, cancellationToken))
        {
            return NotFound();
        }

        if (Existing is { } s)
        {
            Version = _read.VersionOf(DirectoryKind.Staff, s.Email);
            (Email, Name, Role, DeskId, PartnerId) = (s.Email, s.Name, s.Role, s.DeskId, s.PartnerId);
        }

        return Page();
    }

    /// <summary>Saves the entry.</summary>
    public async Task<IActionResult> OnPostAsync(string? person, string? network, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(person, network, cancellationToken))
        {
            return NotFound();
        }

        var address = SignInAddress.Normalize(Existing?.Email ?? Email);
        if (Existing is null && _read.FindStaff(address) is { } known)
        {
            // Adding an address already listed would overwrite (or reactivate) it without its page's version.
            Errors.Add("email", known.NetworkId != Network.Id ? Texts.Problem(new("email", DirectoryProblemKind.OtherNetwork, address)) : Texts.StaffAlreadyListed(address));
            return Page();
        }

        if (Role is not { } role || !Enum.IsDefined(role))
        {
            Errors.Add("role", Texts.Problem(new("role", DirectoryProblemKind.Required)));
            return Page();
        }

        var entry = new StaffEntry(address, Name ?? string.Empty, role, Network.Id, DeskId, PartnerId, Existing?.Active ?? true);
        return await SaveAsync(entry, cancellationToken);
    }

    /// <summary>Deactivates or reactivates the address.</summary>
    public async Task<IActionResult> OnPostToggleAsync(string? person, string? network, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(person, network, cancellationToken) || Existing is null)
        {
            return NotFound();
        }

        return await SaveAsync(Existing with { Active = !Existing.Active }, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(StaffEntry entry, CancellationToken cancellationToken)
    {
        var write = await registry.SaveStaffAsync(entry, DirectoryScope.Author(User), Existing is null ? null : Version, cancellationToken);
        if (!write.Saved)
        {
            foreach (var p in write.Problems)
            {
                Errors.Add(p.Field, Texts.Problem(p));
            }

            return Page();
        }

        TempData[nameof(IndexModel.Saved)] = $"{entry.Name}: {Texts.DirectorySaved(write.Change!)}";
        return Redirect("/coordinator/directory" + Query);
    }

    private async Task<bool> LoadAsync(string? person, string? network, CancellationToken cancellationToken)
    {
        var snapshot = _read = await registry.GetAsync(cancellationToken);
        Directory = snapshot.Directory;
        if (DirectoryScope.NetworkOf(User, network, Directory) is not { } chosen)
        {
            return false;
        }

        Network = chosen;
        Query = DirectoryScope.Query(User, chosen);
        if (string.IsNullOrWhiteSpace(person))
        {
            return true;
        }

        Existing = snapshot.FindStaff(SignInAddress.Normalize(person));
        return Existing?.NetworkId == chosen.Id;
    }
}
