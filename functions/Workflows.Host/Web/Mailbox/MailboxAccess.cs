using Workflows.Host.Email;

namespace Workflows.Host.Web.Mailbox;

/// <summary>
/// Whether the local mailbox page is on: only when the local mailbox is the sender in use, and then in Development,
/// or anywhere <c>Mailbox:Enabled</c> is true (a demo). <c>Mailbox:Enabled=false</c> turns it off even in Development.
/// </summary>
public sealed class MailboxAccess(IServiceProvider services, IHostEnvironment environment, IConfiguration configuration)
{
    private readonly Lazy<LocalMailboxSender?> _mailbox = new(() =>
        services.GetService<IEmailSender>() as LocalMailboxSender);

    /// <summary>True when the page may be shown.</summary>
    public bool IsEnabled =>
        _mailbox.Value is not null
        && (bool.TryParse(configuration["Mailbox:Enabled"], out var enabled) ? enabled : environment.IsDevelopment());

    /// <summary>The local mailbox, when the page is on; otherwise null.</summary>
    public LocalMailboxSender? Mailbox => IsEnabled ? _mailbox.Value : null;
}
