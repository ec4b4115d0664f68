using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Web.Coordinator;

/// <summary>The overview's figures, counted from the instances' index rows (tags, steps, statuses): no personal data.</summary>
public sealed class NetworkFigures
{
    private readonly Dictionary<string, Tally> _steps = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _comuni = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _partners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _categories = new(StringComparer.Ordinal);

    /// <summary>All instances counted.</summary>
    public int Total { get; private set; }

    /// <summary>Instances not ended.</summary>
    public int Open { get; private set; }

    /// <summary>Open instances past their service level.</summary>
    public int Overdue { get; private set; }

    /// <summary>Counts by step, in the desk request's order, then others by name.</summary>
    public IReadOnlyList<FigureRow> ByStep => Ordered(_steps, WorkflowSteps.DeskRequestSteps);

    /// <summary>Counts by runtime status.</summary>
    public IReadOnlyList<FigureRow> ByStatus => Ordered(_statuses, Enum.GetNames<RuntimeStatus>());

    /// <summary>Counts by comune, most first.</summary>
    public IReadOnlyList<FigureRow> ByComune => Largest(_comuni);

    /// <summary>Counts by partner, most first.</summary>
    public IReadOnlyList<FigureRow> ByPartner => Largest(_partners);

    /// <summary>Counts by category, most first.</summary>
    public IReadOnlyList<FigureRow> ByCategory => Largest(_categories);

    /// <summary>Counts the instances of <paramref name="query"/>.</summary>
    public static async Task<NetworkFigures> CountAsync(IWorkflowQueries queries, WorkflowQuery query, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var figures = new NetworkFigures();
        await foreach (var instance in queries.QueryAllAsync(query, cancellationToken))
        {
            figures.Add(instance, now);
        }

        return figures;
    }

    /// <summary>Counts one instance.</summary>
    public void Add(WorkflowView instance, DateTimeOffset now)
    {
        var overdue = Shared.Display.IsOverdue(instance, now);
        Total++;
        Open += instance.IsTerminal ? 0 : 1;
        Overdue += overdue ? 1 : 0;
        Count(_steps, instance.CustomStatus ?? "", overdue);
        Count(_statuses, instance.RuntimeStatus.ToString(), overdue);
        Count(_comuni, instance.Tags.GetValueOrDefault(DashboardTags.Comune) ?? "", overdue);
        Count(_partners, instance.Tags.GetValueOrDefault(DashboardTags.Partner) ?? "", overdue);
        Count(_categories, instance.Tags.GetValueOrDefault(DashboardTags.Category) ?? "", overdue);
    }

    private static void Count(Dictionary<string, Tally> tallies, string key, bool overdue)
    {
        var tally = tallies.TryGetValue(key, out var t) ? t : new Tally();
        tally.Count++;
        tally.Overdue += overdue ? 1 : 0;
        tallies[key] = tally;
    }

    private static List<FigureRow> Ordered(Dictionary<string, Tally> tallies, IReadOnlyList<string> order) =>
    [
        .. tallies
            .OrderBy(t => order.Contains(t.Key) ? IndexOf(order, t.Key) : int.MaxValue)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new FigureRow(t.Key, t.Value.Count, t.Value.Overdue)),
    ];

    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == value)
            {
                return i;
            }
        }

        return -1;
    }

    private static List<FigureRow> Largest(Dictionary<string, Tally> tallies) =>
    [
        .. tallies
            .OrderByDescending(t => t.Value.Count)
            .ThenBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new FigureRow(t.Key, t.Value.Count, t.Value.Overdue)),
    ];

    private sealed class Tally
    {
        public int Count { get; set; }

        public int Overdue { get; set; }
    }
}

/// <summary>One row of a figure table.</summary>
/// <param name="Key">The step, status or tag value ("" when not set).</param>
/// <param name="Count">How many instances.</param>
/// <param name="Overdue">How many of them are overdue.</param>
public sealed record FigureRow(string Key, int Count, int Overdue);
