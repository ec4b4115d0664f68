using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Workflows.Host.Web.SignIn;

/// <summary>Signs out (POST only, with anti-forgery, so a link elsewhere cannot sign anyone out).</summary>
public sealed class SignOutModel : PageModel
{
    /// <summary>Shows the signed-out page.</summary>
    public void OnGet()
    {
    }

    /// <summary>Ends the session and shows the signed-out page.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return RedirectToPage();
    }
}
