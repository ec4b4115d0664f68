using System.ComponentModel.DataAnnotations;

namespace Workflows.Host.Web.Public;

/// <summary>Settings of the public pages (section <c>PublicPages</c>).</summary>
public sealed class PublicPagesOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "PublicPages";

    /// <summary>How long the open statistics are reused before they are counted again.</summary>
    [Range(0, 86400)]
    public int StatisticsCacheSeconds { get; set; } = 300;
}
