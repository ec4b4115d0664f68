using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace Workflows.Email;

/// <summary>SMTP settings (section <c>Email:Smtp</c>); used when <see cref="Host"/> is set and SendGrid is not.</summary>
public sealed class SmtpOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Email:Smtp";

    /// <summary>The SMTP server.</summary>
    [Required]
    public string Host { get; set; } = string.Empty;

    /// <summary>The port (587 submission with STARTTLS by default).</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>The user name, when the server wants authentication.</summary>
    public string? User { get; set; }

    /// <summary>The password (a secret).</summary>
    public string? Password { get; set; }

    /// <summary>The sender address.</summary>
    [Required]
    [EmailAddress]
    public string From { get; set; } = string.Empty;

    /// <summary>The sender's display name.</summary>
    public string? FromName { get; set; } = "Sportelli per l'innovazione";

    /// <summary>TLS: <c>Auto</c> (STARTTLS when offered, TLS on 465), <c>StartTls</c>, <c>SslOnConnect</c> or <c>None</c>.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    /// <summary>How long connecting and sending may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
