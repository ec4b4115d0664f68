using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Workflows.Host.Web.SignIn;

/// <summary>
/// Limits how many links one address receives, whether or not it belongs to staff (so the limit reveals
/// nothing about who is registered). In-process: each scaled-out instance counts on its own.
/// </summary>
public sealed class SignInAddressLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    /// <summary>Creates the limiter from the options.</summary>
    public SignInAddressLimiter(IOptions<SignInOptions> options)
    {
        var o = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(
            address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = o.PerAddressPermits, Window = o.RateWindow, QueueLimit = 0 }));
    }

    /// <summary>Takes one permit for <paramref name="email"/>; false when the address has had enough links for now.</summary>
    public bool TryAcquire(string email)
    {
        using var lease = _limiter.AttemptAcquire(SignInAddress.Normalize(email));
        return lease.IsAcquired;
    }

    /// <inheritdoc />
    public void Dispose() => _limiter.Dispose();
}
