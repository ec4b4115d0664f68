using System.ComponentModel.DataAnnotations;

namespace Workflows.Host.Web.Links;

/// <summary>Limits of the action-link pages (section <c>LinkPages</c>).</summary>
public sealed class LinkPageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "LinkPages";

    /// <summary>The rate-limit policy of the link pages (per client IP).</summary>
    public const string PerIpPolicy = "action-links-per-ip";

    /// <summary>Requests one IP may make to the link pages per <see cref="RateWindow"/> (a GET, a POST and a result page per action).</summary>
    [Range(1, 100_000)]
    public int PerIpPermits { get; set; } = 60;

    /// <summary>The rate-limit window.</summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromMinutes(1);
}
