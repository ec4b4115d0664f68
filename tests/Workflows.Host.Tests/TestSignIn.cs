using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Workflows.Host.Tests;

/// <summary>
/// Signs a test client in with the application's real cookie scheme: the ticket is protected with the app's
/// own data-protection keys, so the cookie handler authenticates it exactly as one issued by the web sign-in.
/// </summary>
internal static class TestSignIn
{
    public static string CookieHeader(IServiceProvider services, string name, params string[] roles) =>
        CookieHeader(services, name, roles, []);

    /// <summary>The cookie of <paramref name="name"/> with <paramref name="roles"/> and further <paramref name="claims"/> (e.g. networks).</summary>
    public static string CookieHeader(IServiceProvider services, string name, string[] roles, Claim[] claims)
    {
        var options = services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme);
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, name), new Claim(ClaimTypes.Name, name), .. roles.Select(r => new Claim(ClaimTypes.Role, r)), .. claims],
            CookieAuthenticationDefaults.AuthenticationScheme);
        var ticket = new AuthenticationTicket(new ClaimsPrincipal(identity), CookieAuthenticationDefaults.AuthenticationScheme);
        return $"{options.Cookie.Name}={options.TicketDataFormat.Protect(ticket)}";
    }
}
