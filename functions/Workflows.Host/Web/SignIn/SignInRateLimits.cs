namespace Workflows.Host.Web.SignIn;

/// <summary>Rate-limiter policy names of the sign-in pages.</summary>
public static class SignInRateLimits
{
    /// <summary>Fixed window per client IP address on the sign-in and link pages (POST only).</summary>
    public const string PerIpPolicy = "sign-in-per-ip";

    /// <summary>
    /// The client's address for rate limiting: the connection's, which the forwarded-headers middleware has set from
    /// <c>X-Forwarded-For</c> only when a trusted proxy (see <c>ForwardedHeaders</c> settings) sent it. A header from
    /// anyone else is ignored, so rotating it does not give a caller fresh buckets.
    /// </summary>
    public static string ClientAddress(HttpContext context) =>
        context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
