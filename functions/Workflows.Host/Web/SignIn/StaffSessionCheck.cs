using System.Security.Claims;
using Azure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.SignIn;

/// <summary>
/// Checks a signed-in session against the directory on every request (the cookie's
/// <see cref="CookieAuthenticationEvents.OnValidatePrincipal"/>): an address deactivated since it signed in — its staff
/// entry, its closed desk, its deactivated partner — is signed out at its next request, and a person whose role or
/// scope changed gets the new ones. The directory is the cached one (<see cref="IStaffDirectory"/>): a change made on
/// this instance counts at once, one made on another instance once this one reads the directory again (within
/// <c>Directory:RefreshSeconds</c>, 30 s by default). When the storage is out, the session keeps the claims it has.
/// </summary>
public static class StaffSessionCheck
{
    /// <summary>The handler of <see cref="CookieAuthenticationEvents.OnValidatePrincipal"/>.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Every cookie of the web sign-in names the address; one without it was not issued by the sign-in.
        if (context.Principal?.FindFirst(ClaimTypes.Email)?.Value is not { Length: > 0 } email)
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        StaffMember? member;
        try
        {
            member = await services.GetRequiredService<IStaffDirectory>().FindAsync(email, context.HttpContext.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RequestFailedException or AggregateException or HttpRequestException or TimeoutException)
        {
            return;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StaffSessionCheck));
        if (member is null)
        {
            logger.SessionRevoked();
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            return;
        }

        var current = StaffClaims.ToPrincipal(member);
        if (!SameClaims(context.Principal, current))
        {
            logger.SessionClaimsRenewed();
            context.ReplacePrincipal(current);
            context.ShouldRenew = true;
        }
    }

    private static bool SameClaims(ClaimsPrincipal before, ClaimsPrincipal now)
    {
        static HashSet<(string, string)> Set(ClaimsPrincipal p) => [.. p.Claims.Select(c => (c.Type, c.Value))];
        return Set(before).SetEquals(Set(now));
    }
}
