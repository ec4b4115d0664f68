using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Workflows.Host.Authorization;

namespace Workflows.Host.Extensions;

/// <summary>
/// Sign-in and authorization. The web sign-in (magic link, cookie) extends this; the management API accepts
/// the cookie or an API token, and only for coordinators.
/// </summary>
public static class AuthExtensions
{
    /// <summary>The page that starts the web sign-in.</summary>
    public const string SignInPath = "/signin";

    /// <summary>Registers the cookie and API-token schemes and the policies.</summary>
    public static WebApplicationBuilder AddAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ApiTokenStore>();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = SignInPath;
                options.Cookie.HttpOnly = true;

                // Lax: sent on the top-level GET that follows a magic link, never on a cross-site POST (CSRF).
                options.Cookie.SameSite = SameSiteMode.Lax;

                // API callers get status codes, not a redirect to a sign-in page.
                options.Events.OnRedirectToLogin = context => StatusOrRedirect(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => StatusOrRedirect(context, StatusCodes.Status403Forbidden);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenDefaults.AuthenticationScheme, displayName: null, _ => { });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.Coordinator, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme, ApiTokenDefaults.AuthenticationScheme)
                .RequireRole(AppRoles.Coordinator))
            .AddPolicy(AuthPolicies.CoordinatorSession, policy => policy
                .AddAuthenticationSchemes(CookieAuthenticationDefaults.AuthenticationScheme)
                .RequireRole(AppRoles.Coordinator)

                // Combined with a group's policy the schemes add up, so say it in the requirement too.
                .RequireAssertion(context => !context.User.HasClaim(c => c.Type == ApiTokenDefaults.TokenIdClaim)));
        return builder;
    }

    private static Task StatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/openapi"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
