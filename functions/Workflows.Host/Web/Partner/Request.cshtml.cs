using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Desk.Model;
using Workflows.Host.Web.Desk;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Web.Partner;

/// <summary>A request the partner is in charge of: facts, history, and the actions of the current step. Otherwise a 404.</summary>
public sealed class RequestModel(NetworkDirectory directory, DeskRequestReader requests, TimeProvider time) : PageModel
{
    /// <summary>What the page shows.</summary>
    public RequestFacts Facts { get; private set; } = null!;

    /// <summary>The actions of the current step.</summary>
    public IReadOnlyList<string> Actions { get; private set; } = [];

    /// <summary>The outcome of the last action.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Shows the request.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var partnerId = User.FindFirst(StaffClaims.PartnerId)?.Value;
        var request = partnerId is null ? null : await requests.FindForPartnerAsync(id, partnerId, includeHistory: true, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        Facts = new RequestFacts(request, directory, time.GetUtcNow());
        Actions = request.IsOpen ? PartnerActions.For(request.Step) : [];
        return Page();
    }
}
