namespace Workflows.Host.Authorization;

/// <summary>Names of the API-token authentication scheme.</summary>
public static class ApiTokenDefaults
{
    /// <summary>The scheme name (<c>Authorization: Bearer wfk_...</c>).</summary>
    public const string AuthenticationScheme = "ApiToken";

    /// <summary>The claim carrying the token's id (for rate limiting and audit).</summary>
    public const string TokenIdClaim = "api_token_id";
}
