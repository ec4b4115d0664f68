using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Desk.Model;

namespace Workflows.Host.Web.Legal;

/// <summary>
/// How accessible the service is, how that is checked, and whom to tell when something is in the way (the feedback
/// mechanism the Italian accessibility rules ask for); the formal statement is the one published on AgID's platform.
/// </summary>
public sealed class AccessibilityModel(NetworkDirectory directory) : PageModel
{
    /// <summary>The networks, whose coordinators receive accessibility reports.</summary>
    public IReadOnlyList<Network> Networks => directory.Networks;

    public void OnGet()
    {
    }
}
