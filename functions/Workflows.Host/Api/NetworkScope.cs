using System.Security.Claims;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Api;

/// <summary>
/// The networks a management-API caller may see and steer: the <c>networkId</c> claims of the coordinator's cookie
/// or of the API token (which carries its issuer's networks); no claim means a coordinator of the whole service.
/// Endpoints check it in the query or right after reading an instance, and answer 404 outside it, as the pages do.
/// </summary>
/// <param name="Networks">The networks, or null for every network.</param>
public sealed record NetworkScope(IReadOnlySet<string>? Networks)
{
    /// <summary>The instance tag naming an instance's network.</summary>
    public const string NetworkTag = "network";

    /// <summary>The scope of every network.</summary>
    public static NetworkScope Everything { get; } = new((IReadOnlySet<string>?)null);

    /// <summary>True when the caller may see every network.</summary>
    public bool IsUnrestricted => Networks is null;

    /// <summary>The scope of <paramref name="user"/>.</summary>
    public static NetworkScope Of(ClaimsPrincipal user)
    {
        var networks = user.FindAll(StaffClaims.NetworkId).Select(c => c.Value).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);
        return networks.Count == 0 ? Everything : new NetworkScope(networks);
    }

    /// <summary>True when an instance with <paramref name="tags"/> is inside the scope (an untagged instance is only for the whole service).</summary>
    public bool Allows(IReadOnlyDictionary<string, string>? tags) =>
        Networks is null || (tags is not null && tags.TryGetValue(NetworkTag, out var network) && Networks.Contains(network));

    /// <summary>
    /// The tag filters to query so that only instances in scope come back: <paramref name="tags"/> itself for the
    /// whole service, else one filter per network (Table Storage has no OR; merge the pages), none when the caller
    /// asked for a network outside the scope.
    /// </summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>?> TagFilters(IReadOnlyDictionary<string, string>? tags)
    {
        if (Networks is null)
        {
            return [tags];
        }

        if (tags is not null && tags.TryGetValue(NetworkTag, out var asked))
        {
            return Networks.Contains(asked) ? [tags] : [];
        }

        return
        [
            .. Networks.Order(StringComparer.Ordinal).Select(network =>
                (IReadOnlyDictionary<string, string>?)new Dictionary<string, string>(tags ?? new Dictionary<string, string>(), StringComparer.Ordinal) { [NetworkTag] = network }),
        ];
    }
}
