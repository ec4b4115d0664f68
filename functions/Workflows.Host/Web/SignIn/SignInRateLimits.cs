namespace Workflows.Host.Web.SignIn;

/// <summary>Rate-limiter policy names of the sign-in pages.</summary>
public static class SignInRateLimits
{
    /// <summary>Fixed window per client IP address on the sign-in and link pages.</summary>
    public const string PerIpPolicy = "sign-in-per-ip";
}
