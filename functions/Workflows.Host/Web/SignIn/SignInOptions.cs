using System.ComponentModel.DataAnnotations;

namespace Workflows.Host.Web.SignIn;

/// <summary>Sign-in settings (<c>SignIn</c> section).</summary>
public sealed class SignInOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "SignIn";

    /// <summary>How long a link works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The table of consumed links (after the storage table prefix).</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string TokenTable { get; set; } = "SignInTokens";

    /// <summary>Sign-in requests (and link confirmations) allowed per client address per <see cref="RateWindow"/>.</summary>
    [Range(1, 10_000)]
    public int PerIpPermits { get; set; } = 20;

    /// <summary>Links sent to one e-mail address per <see cref="RateWindow"/>.</summary>
    [Range(1, 1_000)]
    public int PerAddressPermits { get; set; } = 3;

    /// <summary>The rate-limit window.</summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(15);
}
