using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Anagrafica;

/// <summary>
/// A person of a network named on their own, beside the addresses desks, partners and networks already carry: a
/// second desk referent, another partner reviewer, a coordinator. An inactive entry shuts the address out: it can no
/// longer sign in and gets no mail as a reviewer or coordinator, whatever else names it.
/// </summary>
/// <param name="Email">The address (normalised), the entry's id.</param>
/// <param name="Name">The name shown in the pages.</param>
/// <param name="Role">Desk referent, partner reviewer or coordinator.</param>
/// <param name="NetworkId">The network.</param>
/// <param name="DeskId">The desk, for a referent.</param>
/// <param name="PartnerId">The partner, for a reviewer.</param>
/// <param name="Active">False once deactivated.</param>
public sealed record StaffEntry(
    string Email,
    string Name,
    StaffRole Role,
    string NetworkId,
    string? DeskId = null,
    string? PartnerId = null,
    bool Active = true);
