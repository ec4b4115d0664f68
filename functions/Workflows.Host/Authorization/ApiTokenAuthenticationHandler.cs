using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Workflows.Host.Observability;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Authorization;

/// <summary>
/// Authenticates <c>Authorization: Bearer wfk_...</c> against <see cref="ApiTokenStore"/>. A valid token signs
/// the call in as its owner with the coordinator role and the networks the token carries (tokens are issued to
/// coordinators only; revoking the token is how access ends).
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiTokenStore store) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = await store.ValidateAsync(header[BearerPrefix.Length..].Trim(), Context.RequestAborted);
        if (token is null)
        {
            Logger.TokenRefused("unknown, malformed or revoked");
            return AuthenticateResult.Fail("Invalid or revoked API token.");
        }

        // The token's networks, as the cookie of a network coordinator carries them (none: the whole service).
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, token.Owner),
                new Claim(ClaimTypes.Name, token.Owner),
                new Claim(ClaimTypes.Role, AppRoles.Coordinator),
                new Claim(ApiTokenDefaults.TokenIdClaim, token.Id),
                .. (token.Networks ?? []).Select(n => new Claim(StaffClaims.NetworkId, n)),
            ],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
