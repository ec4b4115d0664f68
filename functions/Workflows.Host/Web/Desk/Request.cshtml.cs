using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Desk.Model;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Web.Desk;

/// <summary>One of the desk's requests: its facts, appointment and history. Another desk's request is a 404.</summary>
public sealed class RequestModel(NetworkDirectory directory, DeskRequestReader requests, TimeProvider time) : PageModel
{
    /// <summary>What the page shows.</summary>
    public RequestFacts Facts { get; private set; } = null!;

    /// <summary>True on the page shown right after filing.</summary>
    public bool JustFiled { get; private set; }

    /// <summary>Shows the request (<paramref name="view"/> <c>sent</c>: the confirmation after filing).</summary>
    public async Task<IActionResult> OnGetAsync(string id, string? view, CancellationToken cancellationToken)
    {
        var deskId = User.FindFirst(StaffClaims.DeskId)?.Value;
        if (deskId is null || view is not (null or "sent"))
        {
            return NotFound();
        }

        var request = await requests.FindForDeskAsync(id, deskId, includeHistory: view is null, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        JustFiled = view == "sent";
        Facts = new RequestFacts(request, directory, time.GetUtcNow());
        return Page();
    }
}
