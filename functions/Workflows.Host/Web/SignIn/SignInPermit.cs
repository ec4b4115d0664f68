namespace Workflows.Host.Web.SignIn;

/// <summary>The answer of a sign-in limit: granted, or refused with how long until the window ends.</summary>
/// <param name="Acquired">True when the request may go on.</param>
/// <param name="RetryAfter">When refused, how long to wait.</param>
public readonly record struct SignInPermit(bool Acquired, TimeSpan RetryAfter)
{
    /// <summary>Go on.</summary>
    public static SignInPermit Granted => new(true, TimeSpan.Zero);

    /// <summary>Wait <paramref name="retryAfter"/> (at least one second).</summary>
    public static SignInPermit Refused(TimeSpan retryAfter) => new(false, retryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retryAfter);
}
