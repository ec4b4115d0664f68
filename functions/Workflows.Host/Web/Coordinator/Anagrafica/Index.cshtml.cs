using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Workflows.Desk.Model;
using Workflows.Host.Anagrafica;
using Workflows.Host.Authorization;

namespace Workflows.Host.Web.Coordinator.Anagrafica;

/// <summary>The network's directory: its desks, partners and people, and the latest changes with who and when.</summary>
public sealed class IndexModel(NetworkRegistry registry, IOptions<DirectoryOptions> options) : PageModel
{
    /// <summary>True when the user may create a network.</summary>
    public bool MayCreateNetworks => DirectoryScope.MayCreateNetworks(User, options.Value.Bootstrap);

    /// <summary>The network shown.</summary>
    public Network Network { get; private set; } = null!;

    /// <summary>The directory read.</summary>
    public DirectorySnapshot Snapshot { get; private set; } = DirectorySnapshot.Empty;

    /// <summary>The latest changes, newest first.</summary>
    public IReadOnlyList<DirectoryChange> Changes { get; private set; } = [];

    /// <summary>The networks a service coordinator may choose (empty for a network's coordinator).</summary>
    public IReadOnlyList<Network> Choices { get; private set; } = [];

    /// <summary>The query keeping the network on the links.</summary>
    public string Query { get; private set; } = string.Empty;

    /// <summary>What was just saved, from the redirect.</summary>
    [TempData]
    public string? Saved { get; set; }

    /// <summary>Shows the directory.</summary>
    public async Task<IActionResult> OnGetAsync(string? network, CancellationToken cancellationToken)
    {
        Snapshot = await registry.GetAsync(cancellationToken);
        if (DirectoryScope.NetworkOf(User, network, Snapshot.Directory) is not { } chosen)
        {
            return NotFound();
        }

        Network = chosen;
        Query = DirectoryScope.Query(User, chosen);
        Choices = NetworkScope.Of(User).IsUnrestricted ? Snapshot.Directory.Networks : [];
        Changes = await registry.ChangesAsync(chosen.Id, 20, cancellationToken);
        return Page();
    }
}
