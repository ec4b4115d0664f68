using System.ComponentModel.DataAnnotations;

namespace Workflows.Email;

/// <summary>SendGrid settings (section <c>Email:SendGrid</c>); SendGrid is used when <see cref="ApiKey"/> is set.</summary>
public sealed class SendGridOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Email:SendGrid";

    /// <summary>The API key (a secret: Key Vault or user secrets, never in a file).</summary>
    [Required]
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>The verified sender address.</summary>
    [Required]
    [EmailAddress]
    public string FromEmail { get; set; } = string.Empty;

    /// <summary>The sender's display name.</summary>
    public string? FromName { get; set; } = "Sportelli per l'innovazione";

    /// <summary>Sandbox mode: SendGrid validates and accepts the message but delivers nothing.</summary>
    public bool SandboxMode { get; set; }

    /// <summary>Overrides the API's base address (tests point it at a local server).</summary>
    [Url]
    public string? Host { get; set; }

    /// <summary>How long one call may take before it counts as a (transient) network failure.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
