using System.ComponentModel.DataAnnotations;

namespace Workflows.Host.Api;

/// <summary>The management API's rate limit (section <c>Api:RateLimit</c>), per token or signed-in user.</summary>
public sealed class ApiRateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Api:RateLimit";

    /// <summary>Requests allowed per window.</summary>
    [Range(1, 100_000)]
    public int PermitLimit { get; set; } = 120;

    /// <summary>The window.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
