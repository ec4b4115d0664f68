using System.ComponentModel.DataAnnotations;

namespace Workflows.Email;

/// <summary>The service's public address that e-mail links point at (section <c>Site</c>, shared with the web app).</summary>
public sealed class EmailSiteOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Site";

    /// <summary>E.g. https://sportelli.example.it (no trailing slash).</summary>
    [Required]
    [Url]
    public string BaseUrl { get; set; } = "http://127.0.0.1:5080";
}
