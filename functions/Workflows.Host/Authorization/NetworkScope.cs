using System.Security.Claims;
using Workflows.Host.Runtime;
using Workflows.Host.Web.SignIn;
using Workflows.Steps;

namespace Workflows.Host.Authorization;

/// <summary>
/// The networks a signed-in coordinator may see and steer, in the pages and the management API alike: the
/// <c>networkId</c> claims of the coordinator's cookie (one at most: a person has one network) or of the API token
/// (which carries its issuer's networks); no claim means a coordinator of the whole service. Checked in the query or
/// right after reading an instance, so another network's request is a 404, as one that does not exist.
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

    /// <summary>
    /// The network the pages show, null for the whole service: a coordinator's cookie carries one network at most;
    /// the first by id stands for a scope of several (an API token's), so the pages never show more than the scope.
    /// </summary>
    public string? PageNetwork => Networks?.Min(StringComparer.Ordinal);

    /// <summary>The scope of <paramref name="user"/>.</summary>
    public static NetworkScope Of(ClaimsPrincipal user)
    {
        var networks = user.FindAll(StaffClaims.NetworkId).Select(c => c.Value).Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);
        return networks.Count == 0 ? Everything : new NetworkScope(networks);
    }

    /// <summary>True when an instance with <paramref name="tags"/> is inside the scope (an untagged instance is only for the whole service).</summary>
    public bool Allows(IReadOnlyDictionary<string, string>? tags) =>
        Networks is null || (tags is not null && tags.TryGetValue(NetworkTag, out var network) && Networks.Contains(network));

    /// <summary>True when the caller may see <paramref name="instance"/>.</summary>
    public bool Allows(WorkflowView instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return Allows(instance.Tags);
    }

    /// <summary><paramref name="query"/> kept to <see cref="PageNetwork"/> in one query (the pages' lists and figures).</summary>
    public WorkflowQuery Restrict(WorkflowQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return PageNetwork is { } network
            ? query with { Tags = new Dictionary<string, string>(query.Tags ?? new Dictionary<string, string>(), StringComparer.Ordinal) { [NetworkTag] = network } }
            : query;
    }

    /// <summary>
    /// The e-mails the provider refused for good (as <paramref name="queries"/> lists them) whose request is inside the
    /// scope, each with its request; one whose request is gone is left out.
    /// </summary>
    public async Task<IReadOnlyList<(FailedEmail Email, WorkflowView Request)>> FailedEmailsAsync(IWorkflowQueries queries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        var inScope = new List<(FailedEmail Email, WorkflowView Request)>();
        foreach (var email in await queries.GetFailedEmailsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (InstanceId.TryParse(email.InstanceId, out var id)
                && await queries.GetInstanceAsync(id, false, cancellationToken).ConfigureAwait(false) is { } request
                && Allows(request))
            {
                inScope.Add((email, request));
            }
        }

        return inScope;
    }

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
