namespace Workflows.Host.Web.SignIn;

/// <summary>Rate-limiter policy names of the sign-in pages.</summary>
public static class SignInRateLimits
{
    /// <summary>Fixed window per client IP address on the sign-in and link pages (POST only).</summary>
    public const string PerIpPolicy = "sign-in-per-ip";

    /// <summary>
    /// The client's address for rate limiting. Under the Functions host every request reaches the handler from the
    /// host itself, so the front end's <c>X-Forwarded-For</c> (its first entry) names the client; a forged header
    /// only moves a caller to another bucket, and the per-address limit still holds.
    /// </summary>
    public static string ClientAddress(HttpContext context)
    {
        var forwarded = context.Request.Headers["X-Forwarded-For"].ToString();
        if (!string.IsNullOrWhiteSpace(forwarded))
        {
            var first = forwarded.Split(',')[0].Trim();
            if (first.Length is > 0 and <= 64)
            {
                return first;
            }
        }

        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
