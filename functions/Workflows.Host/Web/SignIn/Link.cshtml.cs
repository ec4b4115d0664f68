using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Workflows.Host.Web.SignIn;

/// <summary>The page a sign-in link opens: GET shows a button, POST consumes the link and signs in.</summary>
[SignInClientLimit]
[RequestSizeLimit(8 * 1024)]
public sealed class LinkModel(MagicLinks links, SignInTokenStore tokens, IStaffDirectory staff) : PageModel
{
    /// <summary>What to show.</summary>
    public LinkPageState State { get; private set; }

    /// <summary>The token, posted back by the button.</summary>
    public string? Token { get; private set; }

    /// <summary>Where to go afterwards.</summary>
    public string? ReturnUrl { get; private set; }

    /// <summary>Shows the confirm button when the link is genuine and in time; consumes nothing.</summary>
    public void OnGet(string? token, string? returnUrl)
    {
        Token = token;
        ReturnUrl = IndexModel.LocalOrNull(returnUrl);
        State = links.Read(token).State switch
        {
            MagicLinkState.Valid => LinkPageState.Confirm,
            MagicLinkState.Expired => LinkPageState.Expired,
            _ => LinkPageState.Invalid,
        };
    }

    /// <summary>Consumes the link (once) and signs the member in with their current roles.</summary>
    public async Task<IActionResult> OnPostAsync(string? token, string? returnUrl, CancellationToken cancellationToken)
    {
        ReturnUrl = IndexModel.LocalOrNull(returnUrl);
        var reading = links.Read(token);
        if (reading.State != MagicLinkState.Valid)
        {
            State = reading.State == MagicLinkState.Expired ? LinkPageState.Expired : LinkPageState.Invalid;
            return Page();
        }

        if (!await tokens.TryConsumeAsync(reading.Ticket!, cancellationToken))
        {
            State = LinkPageState.Used;
            return Page();
        }

        // Roles are read again now: someone removed from the directory since the link was sent cannot sign in.
        var member = await staff.FindAsync(reading.Ticket!.Email, cancellationToken);
        if (member is null)
        {
            State = LinkPageState.Invalid;
            return Page();
        }

        var principal = StaffClaims.ToPrincipal(member);
        await HttpContext.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            principal,
            new AuthenticationProperties { IsPersistent = false });
        return LocalRedirect(ReturnUrl ?? Extensions.DeskPartnerPagesExtensions.StartPage(principal));
    }
}
