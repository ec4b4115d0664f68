using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.SignIn;

/// <summary>Asks a staff member's address and sends a single-use sign-in link to it, if it is registered.</summary>
[SignInClientLimit]
[RequestSizeLimit(8 * 1024)]
public sealed class IndexModel(
    IStaffDirectory staff,
    ISignInMailer mailer,
    MagicLinks links,
    SignInLimiter limiter,
    SiteLinks site,
    ILogger<IndexModel> logger) : PageModel
{
    /// <summary>The address typed.</summary>
    public string? Email { get; private set; }

    /// <summary>Where to go after signing in (local paths only).</summary>
    public string? ReturnUrl { get; private set; }

    /// <summary>The validation message of the address, if any.</summary>
    public string? EmailError { get; private set; }

    /// <summary>Shows the form (not rate-limited: only sending links is).</summary>
    public void OnGet(string? returnUrl) => ReturnUrl = LocalOrNull(returnUrl);

    /// <summary>Sends the link when the address is staff; always answers the same way otherwise.</summary>
    public async Task<IActionResult> OnPostAsync(string? email, string? returnUrl, CancellationToken cancellationToken)
    {
        Email = email?.Trim();
        ReturnUrl = LocalOrNull(returnUrl);
        if (string.IsNullOrWhiteSpace(Email))
        {
            EmailError = Texts.EmailRequired;
            return Page();
        }

        if (!SignInAddress.IsValid(Email))
        {
            EmailError = Texts.EmailInvalid;
            return Page();
        }

        var permit = await limiter.TryAcquireForEmailAsync(Email, cancellationToken);
        if (!permit.Acquired)
        {
            return SignInClientLimitAttribute.TooManyRequests(Response, permit);
        }

        var member = await staff.FindAsync(Email, cancellationToken);
        if (member is not null)
        {
            var (token, expiresAt) = links.Issue(member.Email);
            var path = "/sign-in/link?token=" + Uri.EscapeDataString(token)
                + (ReturnUrl is null ? "" : "&returnUrl=" + Uri.EscapeDataString(ReturnUrl));
            var message = new SignInLinkMessage(member.Email, member.DisplayName, site.Absolute(path), expiresAt, SiteCultures.Current);
            try
            {
                await mailer.SendAsync(message, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Still the same answer: the page must not reveal whether the address is registered.
                logger.SignInLinkNotSent(ex);
            }
        }

        return RedirectToPage("/SignIn/Sent");
    }

    /// <summary>Only a local path is a safe place to return to.</summary>
    internal static string? LocalOrNull(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : null;
}
