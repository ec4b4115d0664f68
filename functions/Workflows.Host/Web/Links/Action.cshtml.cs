using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Workflows.Desk.Model;
using Workflows.Host.Runtime;
using Workflows.Steps;
using Workflows.Host.Web.Mailbox;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Links;

/// <summary>
/// The page an e-mail button opens (<c>/link/{token}/{action}</c>). GET only shows what the action will do and
/// the form it needs — mail scanners open links, so a GET never changes anything. POST (anti-forgery) verifies the
/// link again, raises the action's event with the link's step and its id as the single-use key, and redirects to
/// the result page. Every refusal is a readable page with a 4xx status, and nothing changes on a refusal.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(LinkPageOptions.PerIpPolicy)]
[RequestSizeLimit(64 * 1024)]
public sealed class LinkActionModel(
    ActionLinkReader reader,
    NetworkDirectory directory,
    IWorkflowCommands commands,
    TimeProvider time,
    MailboxAccess mailbox,
    ILogger<LinkActionModel> logger) : PageModel
{
    /// <summary>The TempData key the result page reads.</summary>
    internal const string DoneKey = "link-done";

    /// <summary>The link as read.</summary>
    public LinkReading Reading { get; private set; } = new(LinkStatus.Invalid);

    /// <summary>Why the page refuses, or null when it offers the action.</summary>
    public LinkRefusal? Refusal { get; private set; }

    /// <summary>The form.</summary>
    [BindProperty]
    public LinkFormInput Input { get; set; } = new();

    /// <summary>Validation messages by field id (an empty id is a message for the whole form).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Errors { get; private set; } = [];

    /// <summary>True when the local mailbox page is on (the pages then offer a way back to it).</summary>
    public bool MailboxEnabled => mailbox.IsEnabled;

    /// <summary>The message of a field, or null.</summary>
    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Key == field).Value;

    /// <summary>Shows the confirmation, or why the link cannot be used.</summary>
    public async Task<IActionResult> OnGetAsync(string token, string action, CancellationToken cancellationToken)
    {
        NoStore();
        Reading = await reader.ReadAsync(HttpContext, token, action, cancellationToken);
        return LinkGate.Check(Reading) is { } refusal ? Refuse(refusal, action) : Page();
    }

    /// <summary>Carries out the action once.</summary>
    public async Task<IActionResult> OnPostAsync(string token, string action, CancellationToken cancellationToken)
    {
        NoStore();
        Reading = await reader.ReadAsync(HttpContext, token, action, cancellationToken);
        var gate = LinkGate.Check(Reading);
        if (Reading.Status != LinkStatus.Found || gate is LinkRefusal.WrongRecipient)
        {
            return Refuse(gate ?? LinkRefusal.Invalid, action);
        }

        var claims = Reading.Claims!;
        var instanceId = Reading.Instance!.InstanceId;
        object? payload;
        if (gate is null)
        {
            // Slots at the desk are checked against its closures as the directory holds them now.
            var closures = Reading.Request is { } request ? directory.FindDesk(request.Desk.Id) is { } desk ? desk.Closures ?? [] : null : null;
            var built = LinkPayloads.Build(Reading, Input, time.GetUtcNow(), closures);
            if (!built.IsValid)
            {
                Errors = built.Errors;
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            payload = built.Payload;
        }
        else
        {
            // The request moved on, ended or the link was used: the engine says which, and changes nothing. The
            // form is not read, since it was made for a step that is over.
            payload = new { step = claims.Step };
        }

        var result = await commands.RaiseEventAsync(
            instanceId, Reading.Spec!.EventName, payload, new RaiseEventOptions { SingleUseKey = claims.LinkId }, cancellationToken);
        logger.LinkActed(action, instanceId.Value, result.Outcome);
        switch (result.Outcome)
        {
            case EventOutcome.Applied:
                TempData[DoneKey] = DoneMark(claims.LinkId, action);
                return Redirect(DonePath(token, action));
            case EventOutcome.AlreadyConsumed:
                return Refuse(LinkRefusal.Used, action);
            case EventOutcome.NotFound:
                return Refuse(LinkRefusal.UnknownRequest, action);
        }

        // Rejected or not running: read the request again to say why in plain words.
        Reading = await reader.LoadAsync(token, action, cancellationToken);
        if (LinkGate.Check(Reading) is { } refusal)
        {
            return Refuse(refusal, action);
        }

        // Still the same step: the workflow refused these details (a rule the form could not check).
        Errors = [new(string.Empty, Texts.LinkNotAcceptedField)];
        Response.StatusCode = Reading.Spec!.Form == LinkFormKind.None ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The path of the result page of a link.</summary>
    internal static string DonePath(string token, string action) =>
        $"/link/{Uri.EscapeDataString(token)}/{Uri.EscapeDataString(action)}/done";

    /// <summary>What the result page checks in TempData: this link, this action.</summary>
    internal static string DoneMark(string linkId, string action) => linkId + "/" + action;

    private PageResult Refuse(LinkRefusal refusal, string action)
    {
        Refusal = refusal;
        Response.StatusCode = LinkGate.StatusCode(refusal);
        logger.LinkRefused(action.Length > 40 ? action[..40] : action, refusal);
        return Page();
    }

    private void NoStore()
    {
        // The URL carries the token: keep the page out of shared caches and search engines.
        Response.Headers.CacheControl = "no-store";
        Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
    }
}
