namespace Workflows.Host.Authorization;

/// <summary>Authorization policy names.</summary>
public static class AuthPolicies
{
    /// <summary>A coordinator, signed in (cookie) or calling with an API token (bearer).</summary>
    public const string Coordinator = "Coordinator";

    /// <summary>A coordinator signed in with the web cookie: a token cannot mint more tokens.</summary>
    public const string CoordinatorSession = "CoordinatorSession";
}
