using System.ComponentModel.DataAnnotations;

namespace Workflows.Host.Extensions;

/// <summary>The service's public address, used in e-mails and links.</summary>
public sealed class SiteOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Site";

    /// <summary>E.g. https://sportelli.example.it (no trailing slash).</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";

    /// <summary>
    /// The accessibility statement the owning body published on AgID's platform (https://form.agid.gov.it/...);
    /// the footer links to it. Without one, the footer links to the service's own page on its accessibility.
    /// </summary>
    [Url]
    public string? AccessibilityStatementUrl { get; set; }
}
