using Microsoft.AspNetCore.Mvc;
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
public sealed class StaffModel(NetworkRegistry registry) : DirectoryEntryPage<StaffEntry>(registry)
{
    /// <summary>The directory read.</summary>
    public NetworkDirectory Directory => Read.Directory;

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

    /// <inheritdoc />
    protected override string? Key => Request.Query["person"].ToString() is var person && !string.IsNullOrWhiteSpace(person) ? person : null;

    /// <inheritdoc />
    protected override StaffEntry? Find(string key, Network network) =>
        Read.FindStaff(SignInAddress.Normalize(key)) is { } entry && entry.NetworkId == network.Id ? entry : null;

    /// <inheritdoc />
    protected override string? VersionOf(StaffEntry entry) => Read.VersionOf(DirectoryKind.Staff, entry.Email);

    /// <inheritdoc />
    protected override void Fill(StaffEntry? entry)
    {
        if (entry is { } s)
        {
            (Email, Name, Role, DeskId, PartnerId) = (s.Email, s.Name, s.Role, s.DeskId, s.PartnerId);
        }
    }

    /// <inheritdoc />
    protected override StaffEntry? FromForm()
    {
        var address = SignInAddress.Normalize(Existing?.Email ?? Email);
        if (Existing is null && Read.FindStaff(address) is { } known)
        {
            // Adding an address already listed would overwrite (or reactivate) it without its page's version.
            Errors.Add("email", known.NetworkId != Network.Id ? Texts.Problem(new("email", DirectoryProblemKind.OtherNetwork, address)) : Texts.StaffAlreadyListed(address));
            return null;
        }

        if (Role is not { } role || !Enum.IsDefined(role))
        {
            Errors.Add("role", Texts.Problem(new("role", DirectoryProblemKind.Required)));
            return null;
        }

        return new StaffEntry(address, Name ?? string.Empty, role, Network.Id, DeskId, PartnerId, Existing?.Active ?? true);
    }

    /// <inheritdoc />
    protected override StaffEntry Toggled(StaffEntry entry) => entry with { Active = !entry.Active };

    /// <inheritdoc />
    protected override string NameOf(StaffEntry entry) => entry.Name;

    /// <inheritdoc />
    protected override Task<DirectoryWrite> WriteAsync(StaffEntry entry, string by, string? version, CancellationToken cancellationToken) =>
        Registry.SaveStaffAsync(entry, by, version, cancellationToken);
}
