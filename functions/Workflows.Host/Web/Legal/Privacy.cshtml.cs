using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Desk.Model;

namespace Workflows.Host.Web.Legal;

/// <summary>
/// The privacy notice (GDPR art. 13–14) for everyone the service touches: applicants, partners' and desks' staff.
/// The notice the desk reads at intake is part of it, in the version in force; the contacts are the networks'
/// coordinators from the directory.
/// </summary>
public sealed class PrivacyModel(NetworkDirectory directory) : PageModel
{
    /// <summary>The networks, whose coordinators answer requests about personal data.</summary>
    public IReadOnlyList<Network> Networks => directory.Networks;

    public void OnGet()
    {
    }
}
