using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Workflows.Host.Email;
using Workflows.Host.Extensions;

namespace Workflows.Host.Web.Mailbox;

/// <summary>One mail of the local mailbox: its HTML in a sandboxed frame, its buttons, its text version and its invite.</summary>
[IgnoreAntiforgeryToken]
public sealed class MailboxMailModel(MailboxAccess access, IOptions<SiteOptions> site) : PageModel
{
    /// <summary>The mail.</summary>
    public LocalMail Mail { get; private set; } = null!;

    /// <summary>The HTML for the frame's <c>srcdoc</c>.</summary>
    public string Preview { get; private set; } = string.Empty;

    /// <summary>The mail's action buttons.</summary>
    public IReadOnlyList<(string Label, Uri Url)> Buttons { get; private set; } = [];

    /// <summary>Shows the mail; 404 when unknown or when the mailbox page is off.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (access.Mailbox is not { } mailbox || await mailbox.GetAsync(id, cancellationToken) is not { } mail)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        Mail = mail;
        Preview = MailFrame.ForPreview(mail.Html, site.Value.BaseUrl);
        Buttons = MailFrame.ActionLinks(mail.Html);
        return Page();
    }
}
