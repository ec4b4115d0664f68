using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Workflows.Host.Web.Mailbox;

/// <summary>The calendar invite attached to a mail of the local mailbox, as the recipient's client would get it.</summary>
[IgnoreAntiforgeryToken]
public sealed class MailboxInviteModel(MailboxAccess access) : PageModel
{
    /// <summary>Downloads <c>invite.ics</c>; 404 when there is none or the mailbox page is off.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (access.Mailbox is not { } mailbox || await mailbox.GetAsync(id, cancellationToken) is not { Ics: { } ics } mail)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        var type = $"text/calendar; method={mail.IcsMethod ?? "REQUEST"}; charset=utf-8";
        return File(Encoding.UTF8.GetBytes(ics), type, "invite.ics");
    }
}
