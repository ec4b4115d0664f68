using System.Security.Claims;
using Workflows.Host.Runtime;
using Workflows.Steps;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Web.Coordinator;

/// <summary>
/// What a coordinator may see: the requests of their network (tag <c>network</c>), or every request when they
/// have no network (the service's own coordinators). Checked in the query, so another network's request is a 404.
/// </summary>
/// <param name="NetworkId">The coordinator's network, or null for all.</param>
public sealed record CoordinatorScope(string? NetworkId)
{
    /// <summary>The scope of the signed-in user.</summary>
    public static CoordinatorScope Of(ClaimsPrincipal user) => new(user.FindFirst(StaffClaims.NetworkId)?.Value);

    /// <summary>Adds the network restriction to <paramref name="query"/>.</summary>
    public WorkflowQuery Restrict(WorkflowQuery query)
    {
        if (NetworkId is null)
        {
            return query;
        }

        var tags = new Dictionary<string, string>(query.Tags ?? new Dictionary<string, string>()) { [DashboardTags.Network] = NetworkId };
        return query with { Tags = tags };
    }

    /// <summary>True when the coordinator may see <paramref name="instance"/>.</summary>
    public bool Allows(WorkflowView instance) =>
        NetworkId is null || (instance.Tags.TryGetValue(DashboardTags.Network, out var network) && network == NetworkId);
}
