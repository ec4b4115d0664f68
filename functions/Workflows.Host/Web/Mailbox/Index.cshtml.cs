using Azure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Host.Email;

namespace Workflows.Host.Web.Mailbox;

/// <summary>The local mailbox: every mail the service sent, newest first, a page at a time (404 when the page is off).</summary>
[IgnoreAntiforgeryToken]
public sealed class MailboxIndexModel(MailboxAccess access) : PageModel
{
    /// <summary>Mails per page.</summary>
    public const int PageSize = 25;

    /// <summary>This page's mails.</summary>
    public IReadOnlyList<LocalMailSummary> Mails { get; private set; } = [];

    /// <summary>The continuation token of the next page, or null on the last.</summary>
    public string? Next { get; private set; }

    /// <summary>True when this is not the first page.</summary>
    public bool IsLaterPage { get; private set; }

    /// <summary>Lists one page.</summary>
    public async Task<IActionResult> OnGetAsync(string? next, CancellationToken cancellationToken)
    {
        if (access.Mailbox is not { } mailbox)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        try
        {
            var page = await mailbox.ListAsync(string.IsNullOrEmpty(next) ? null : next, PageSize, cancellationToken);
            Mails = page.Mails;
            Next = page.ContinuationToken;
            IsLaterPage = !string.IsNullOrEmpty(next);
            return Page();
        }
        catch (Exception ex) when (ex is RequestFailedException { Status: 400 } or FormatException or ArgumentException)
        {
            // A continuation token that was edited or comes from another table.
            return BadRequest();
        }
    }
}
