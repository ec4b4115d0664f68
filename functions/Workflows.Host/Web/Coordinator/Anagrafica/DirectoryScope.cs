using System.Security.Claims;
using Workflows.Desk.Model;
using Workflows.Host.Anagrafica;
using Workflows.Host.Authorization;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Web.Coordinator.Anagrafica;

/// <summary>
/// The network a coordinator manages: their own, or — for the service's coordinators, who have none — the one they
/// chose (<c>?network=</c>), the first by id otherwise. Another network's entry is then a 404.
/// </summary>
public static class DirectoryScope
{
    /// <summary>The network <paramref name="user"/> manages here, or null when there is none to manage.</summary>
    public static Network? NetworkOf(ClaimsPrincipal user, string? requested, NetworkDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var own = NetworkScope.Of(user).PageNetwork;
        if (own is not null)
        {
            return directory.FindNetwork(own);
        }

        return string.IsNullOrWhiteSpace(requested)
            ? directory.Networks.OrderBy(n => n.Id, StringComparer.Ordinal).FirstOrDefault()
            : directory.FindNetwork(requested);
    }

    /// <summary>The query string that keeps a service coordinator's choice of network on the next page.</summary>
    public static string Query(ClaimsPrincipal user, Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return NetworkScope.Of(user).IsUnrestricted ? "?network=" + Uri.EscapeDataString(network.Id) : string.Empty;
    }

    /// <summary>
    /// True when <paramref name="user"/> may create a network: a coordinator of the whole service (no network of their
    /// own, from <c>Staff:Members</c>) or one of the deployment's first coordinators (<c>Directory:Bootstrap:Coordinators</c>),
    /// the people the operator named in the configuration. A network's other coordinators manage their network only.
    /// </summary>
    public static bool MayCreateNetworks(ClaimsPrincipal user, DirectoryBootstrapOptions bootstrap)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(bootstrap);
        if (!user.IsInRole(StaffRoleNames.Coordinator))
        {
            return false;
        }

        var email = SignInAddress.Normalize(user.FindFirst(ClaimTypes.Email)?.Value);
        return NetworkScope.Of(user).IsUnrestricted
            || (email.Length > 0 && bootstrap.CoordinatorList.Any(c => SignInAddress.Normalize(c) == email));
    }

    /// <summary>Who made a change, for the change log: the signed-in address.</summary>
    public static string Author(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirst(ClaimTypes.Email)?.Value ?? user.Identity?.Name ?? "?";
    }
}
