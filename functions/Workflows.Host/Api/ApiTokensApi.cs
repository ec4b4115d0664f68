using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Host.Authorization;
using Workflows.Host.Extensions;
using Workflows.Host.Observability;

namespace Workflows.Host.Api;

/// <summary>
/// API tokens for coordinators' scripts and reports: issued by a signed-in coordinator (never by another token),
/// carrying that coordinator's networks, listed and revoked only by their owner (someone else's token is a 404).
/// The token text is answered once; only its hash is stored.
/// </summary>
public static class ApiTokensApi
{
    private const string LoggerName = "Workflows.Host.Api.ApiTokensApi";

    /// <summary>Maps <c>/api/tokens</c>.</summary>
    public static IEndpointRouteBuilder MapApiTokensApi(this IEndpointRouteBuilder app)
    {
        var tokens = app.MapGroup("/api/tokens")
            .WithTags("Tokens")
            .RequireAuthorization(AuthPolicies.Coordinator)
            .RequireRateLimiting(ManagementApiExtensions.RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        tokens.MapPost(string.Empty, IssueAsync)
            .RequireAuthorization(AuthPolicies.CoordinatorSession)
            .WithName("IssueApiToken")
            .WithSummary("Issues an API token for the signed-in coordinator; the token text is shown only in this answer.");
        tokens.MapGet(string.Empty, ListAsync)
            .WithName("ListApiTokens")
            .WithSummary("Lists the caller's own API tokens (never their text).");
        tokens.MapDelete("/{id}", RevokeAsync)
            .WithName("RevokeApiToken")
            .WithSummary("Revokes one of the caller's API tokens at once (someone else's: 404).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>POST /api/tokens.</summary>
    public static async Task<Results<Created<CreatedApiToken>, ValidationProblem>> IssueAsync(
        CreateApiTokenRequest request,
        ClaimsPrincipal user,
        ApiTokenStore store,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 100 || name.Any(char.IsControl))
        {
            return ApiProblems.Invalid("name", "Nome del token: da 1 a 100 caratteri / Token name: 1 to 100 characters.");
        }

        var owner = ApiTokenOwner.Of(user) ?? "unknown";
        var issued = await store.IssueAsync(name, owner, ApiTokenOwner.NetworksOf(user), cancellationToken);
        loggers.CreateLogger(LoggerName).TokenIssued(issued.Token.Id);
        return TypedResults.Created(
            "/api/tokens/" + issued.Token.Id,
            new CreatedApiToken(issued.Token.Id, issued.Token.Name, issued.Token.CreatedAt, issued.Secret));
    }

    /// <summary>GET /api/tokens.</summary>
    public static async Task<Ok<IReadOnlyList<ApiToken>>> ListAsync(ClaimsPrincipal user, ApiTokenStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(ApiTokenOwner.Of(user) is { } owner ? await store.ListAsync(owner, cancellationToken) : []);

    /// <summary>DELETE /api/tokens/{id}.</summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        string id,
        ClaimsPrincipal user,
        ApiTokenStore store,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (ApiTokenOwner.Of(user) is not { } owner || !await store.RevokeAsync(id, owner, cancellationToken))
        {
            return ApiProblems.NotFound("Token inesistente / No such token.");
        }

        loggers.CreateLogger(LoggerName).TokenRevoked(id);
        return TypedResults.NoContent();
    }
}
