using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Workflows.Desk.Model;
using Workflows.Host.Web.Mailbox;

namespace Workflows.Host.Web.Links;

using Partner = Workflows.Desk.Model.Partner;

/// <summary>
/// The result page after a link's POST (<c>/link/{token}/{action}/done</c>): what was recorded and what happens
/// next. Shown once, right after the action; opened again later it hands over to the link's own page, which says
/// where the request stands.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(LinkPageOptions.PerIpPolicy)]
public sealed class LinkDoneModel(ActionLinkReader reader, MailboxAccess mailbox) : PageModel
{
    /// <summary>The link as read now.</summary>
    public LinkReading Reading { get; private set; } = new(LinkStatus.Invalid);

    /// <summary>The partner the request went to, for refer / assign / reassign.</summary>
    public Partner? NewPartner { get; private set; }

    /// <summary>True when the local mailbox page is on.</summary>
    public bool MailboxEnabled => mailbox.IsEnabled;

    /// <summary>Shows the result, or hands over to the link page when this browser did not just act.</summary>
    public async Task<IActionResult> OnGetAsync(string token, string action, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        Reading = await reader.ReadAsync(HttpContext, token, action, cancellationToken);
        var mark = TempData[LinkActionModel.DoneKey] as string;
        if (Reading.Claims is null || Reading.Spec is null || Reading.Instance is null
            || mark != LinkActionModel.DoneMark(Reading.Claims.LinkId, action))
        {
            return Redirect($"/link/{Uri.EscapeDataString(token)}/{Uri.EscapeDataString(action)}");
        }

        NewPartner = Reading.Spec.Form is LinkFormKind.Referral or LinkFormKind.PartnerChoice ? Reading.Request?.CurrentPartner() : null;
        return Page();
    }
}
