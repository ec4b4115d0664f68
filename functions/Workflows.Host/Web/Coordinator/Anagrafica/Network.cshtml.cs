using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Workflows.Desk.Model;
using Workflows.Host.Anagrafica;
using Workflows.Host.Authorization;
using Workflows.Host.Web.Desk;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Coordinator.Anagrafica;

/// <summary>
/// Creates a network (a new territory joining the deployment): its id, name, coordinators and language. Only the
/// service's coordinators and the deployment's first coordinators may (<see cref="DirectoryScope.MayCreateNetworks"/>);
/// anyone else gets 403. The creation is recorded in the new network's change log with who and when.
/// </summary>
public sealed class NetworkModel(NetworkRegistry registry, IOptions<DirectoryOptions> options) : PageModel
{
    /// <summary>The form's errors.</summary>
    public FieldErrors Errors { get; } = new();

    /// <summary>The id.</summary>
    [BindProperty] public string? Id { get; set; }

    /// <summary>The name.</summary>
    [BindProperty] public string? Name { get; set; }

    /// <summary>The coordinators' addresses, separated by commas or new lines.</summary>
    [BindProperty] public string? CoordinatorEmails { get; set; }

    /// <summary>Language of the coordinators' mails.</summary>
    [BindProperty] public string? Culture { get; set; }

    /// <summary>Shows the form.</summary>
    public IActionResult OnGet() => MayCreate ? Page() : Forbid();

    /// <summary>Creates the network.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!MayCreate)
        {
            return Forbid();
        }

        var network = new Network(
            (Id ?? string.Empty).Trim(), Name ?? string.Empty, ListText.Parse(CoordinatorEmails), string.IsNullOrWhiteSpace(Culture) ? "it" : Culture);
        var write = await registry.CreateNetworkAsync(network, DirectoryScope.Author(User), cancellationToken);
        if (!write.Saved)
        {
            foreach (var p in write.Problems)
            {
                Errors.Add(p.Field, Texts.Problem(p));
            }

            return Page();
        }

        TempData[nameof(IndexModel.Saved)] = Texts.NetworkCreated(network.Name.Trim());
        return Redirect(NetworkScope.Of(User).IsUnrestricted ? "/coordinator/directory?network=" + Uri.EscapeDataString(network.Id) : "/coordinator/directory");
    }

    private bool MayCreate => DirectoryScope.MayCreateNetworks(User, options.Value.Bootstrap);
}
