using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Workflows.Host.Web.SignIn;

/// <summary>The claims of a signed-in staff member: name, e-mail, roles and the scope of their work.</summary>
public static class StaffClaims
{
    /// <summary>The desk the member works at.</summary>
    public const string DeskId = "deskId";

    /// <summary>The partner organisation the member reviews for.</summary>
    public const string PartnerId = "partnerId";

    /// <summary>The network the member coordinates or belongs to.</summary>
    public const string NetworkId = "networkId";

    /// <summary>Builds the cookie principal of <paramref name="member"/>.</summary>
    public static ClaimsPrincipal ToPrincipal(StaffMember member)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, member.DisplayName),
            new(ClaimTypes.Email, member.Email),
        };
        claims.AddRange(member.Roles.Distinct().Select(r => new Claim(ClaimTypes.Role, StaffRoleNames.Of(r))));
        AddIfSet(claims, DeskId, member.DeskId);
        AddIfSet(claims, PartnerId, member.PartnerId);
        AddIfSet(claims, NetworkId, member.NetworkId);
        var identity = new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    private static void AddIfSet(List<Claim> claims, string type, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            claims.Add(new Claim(type, value));
        }
    }
}
