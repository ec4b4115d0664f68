namespace Workflows.Host.Web.SignIn;

/// <summary>A person of the network who signs in by e-mail link.</summary>
/// <param name="Email">The address the sign-in link goes to (the identity).</param>
/// <param name="DisplayName">The name shown in the pages.</param>
/// <param name="Roles">What they do: desk, partner, coordinator.</param>
/// <param name="DeskId">The desk of a desk referent.</param>
/// <param name="PartnerId">The partner organisation of a reviewer.</param>
/// <param name="NetworkId">The network they belong to; a coordinator without one sees every network.</param>
public sealed record StaffMember(
    string Email,
    string DisplayName,
    IReadOnlyList<StaffRole> Roles,
    string? DeskId = null,
    string? PartnerId = null,
    string? NetworkId = null)
{
    /// <summary>True when the member holds <paramref name="role"/>.</summary>
    public bool Has(StaffRole role) => Roles.Contains(role);
}
