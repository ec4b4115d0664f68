using Azure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Desk.Email;
using Workflows.Host.Email;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Web.Mailbox;

/// <summary>
/// The local mailbox: every mail the service sent, newest first, a page at a time (404 when the page is off),
/// filtered by recipient, request code and kind (a request page links here with its code).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class MailboxIndexModel(MailboxAccess access) : PageModel
{
    /// <summary>Mails per page.</summary>
    public const int PageSize = 25;

    /// <summary>The kinds the filter offers: every template and the staff sign-in link.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [.. EmailTemplates.All, EmailSignInMailer.Category];

    /// <summary>This page's mails.</summary>
    public IReadOnlyList<LocalMailSummary> Mails { get; private set; } = [];

    /// <summary>The continuation token of the next page, or null on the last.</summary>
    public string? Next { get; private set; }

    /// <summary>True when this is not the first page.</summary>
    public bool IsLaterPage { get; private set; }

    /// <summary>The filter applied.</summary>
    public LocalMailFilter Filter { get; private set; } = LocalMailFilter.None;

    /// <summary>Lists one page.</summary>
    public async Task<IActionResult> OnGetAsync(string? next, string? to, string? code, string? kind, string? instance, CancellationToken cancellationToken)
    {
        if (access.Mailbox is not { } mailbox)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        Filter = new LocalMailFilter(
            Clean(to),
            Clean(code),
            Clean(kind) is { } k && Kinds.Contains(k, StringComparer.Ordinal) ? k : null,
            Clean(instance));
        try
        {
            var page = await mailbox.ListAsync(Filter, string.IsNullOrEmpty(next) ? null : next, PageSize, cancellationToken);
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

    /// <summary>The list's address with the current filter and <paramref name="next"/>.</summary>
    public string PageUrl(string? next)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("to", Filter.To);
        Add("code", Filter.RequestCode);
        Add("kind", Filter.Category);
        Add("instance", Filter.InstanceId);
        Add("next", next);
        return query.Count == 0 ? "/mailbox" : "/mailbox?" + string.Join("&", query);
    }

    private static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) || trimmed.Length > 200 ? null : trimmed;
    }
}
