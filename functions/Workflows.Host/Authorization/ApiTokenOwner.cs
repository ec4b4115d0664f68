using System.Security.Claims;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Authorization;

/// <summary>Who a caller is for API tokens, and which networks a new token of theirs carries.</summary>
public static class ApiTokenOwner
{
    /// <summary>
    /// The owner key of <paramref name="user"/>: the e-mail address of a signed-in coordinator, the owner of the
    /// token a bearer call carries (the same address); null when the principal names no one.
    /// </summary>
    public static string? Of(ClaimsPrincipal user) =>
        user.FindFirst(ClaimTypes.Email)?.Value is { Length: > 0 } email ? SignInAddress.Normalize(email)
        : user.FindFirst(ClaimTypes.NameIdentifier)?.Value is { Length: > 0 } id ? id
        : user.Identity?.Name;

    /// <summary>The networks <paramref name="user"/> coordinates (its <c>networkId</c> claims); null when none: the whole service.</summary>
    public static IReadOnlyList<string>? NetworksOf(ClaimsPrincipal user)
    {
        var networks = user.FindAll(StaffClaims.NetworkId).Select(c => c.Value).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return networks.Count == 0 ? null : networks;
    }
}
