using System.Globalization;
using Microsoft.Extensions.Options;
using Workflows.Desk.Calendar;
using Workflows.Desk.Requests;
using Workflows.Host.Runtime;
using Workflows.Steps;
using Workflows.Host.Web.Coordinator;

namespace Workflows.Host.Web.Public;

/// <summary>
/// Counts the desk requests for the public statistics page from the engine's query index only (tags, step, status,
/// creation date): no instance is opened, so no personal data can reach the page. Counted at most once per
/// <see cref="PublicPagesOptions.StatisticsCacheSeconds"/>, since anyone may ask.
/// </summary>
public sealed class OpenStatistics(IWorkflowQueries queries, TimeProvider time, IOptions<PublicPagesOptions> options) : IDisposable
{
    /// <summary>Counts below this are published as "&lt; 5".</summary>
    public const int Threshold = 5;

    /// <summary>The row that gathers the comuni with fewer than <see cref="Threshold"/> requests each.</summary>
    public const string OtherComuni = "*";

    private static readonly string[] Endings = ["Closed", "Declined", "Withdrawn"];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private OpenStatisticsSnapshot? _cached;

    /// <summary>The current figures (cached).</summary>
    public async Task<OpenStatisticsSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var maxAge = TimeSpan.FromSeconds(options.Value.StatisticsCacheSeconds);
        if (_cached is { } fresh && now - fresh.At < maxAge)
        {
            return fresh;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } again && now - again.At < maxAge)
            {
                return again;
            }

            _cached = await CountAsync(now, cancellationToken);
            return _cached;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<OpenStatisticsSnapshot> CountAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var category = new Dictionary<string, int>(StringComparer.Ordinal);
        var comune = new Dictionary<string, int>(StringComparer.Ordinal);
        var partner = new Dictionary<string, int>(StringComparer.Ordinal);
        var step = new Dictionary<string, int>(StringComparer.Ordinal);
        var quarter = new Dictionary<string, int>(StringComparer.Ordinal);
        int total = 0, open = 0;
        var query = new WorkflowQuery { WorkflowName = DeskRequestWorkflow.WorkflowName, PageSize = 1000 };
        await foreach (var request in queries.QueryAllAsync(query, cancellationToken))
        {
            total++;
            open += request.IsTerminal ? 0 : 1;
            Add(category, request.Tags.GetValueOrDefault(DashboardTags.Category) ?? "");
            Add(comune, request.Tags.GetValueOrDefault(DashboardTags.Comune) ?? "");
            Add(partner, request.Tags.GetValueOrDefault(DashboardTags.Partner) ?? "");
            Add(step, request.CustomStatus ?? "");
            var rome = BusinessCalendar.ToRome(request.CreatedAt);
            Add(quarter, string.Create(CultureInfo.InvariantCulture, $"{rome.Year}-{((rome.Month - 1) / 3) + 1}"));
        }

        var steps = WorkflowSteps.DeskRequestSteps;
        return new OpenStatisticsSnapshot(
            now,
            total,
            open,
            Largest(category),
            Gathered(Largest(comune)),
            Largest(partner),
            [.. step.Where(s => !Endings.Contains(s.Key)).OrderBy(s => Order(steps, s.Key)).Select(s => new OpenFigure(s.Key, s.Value))],
            [.. Endings.Where(step.ContainsKey).Select(e => new OpenFigure(e, step[e]))],
            [.. quarter.OrderBy(q => q.Key, StringComparer.Ordinal).Select(q => new OpenFigure(q.Key, q.Value))]);
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    /// <summary>Many small comuni would be a long list of "&lt; 5": they are summed into one row.</summary>
    private static List<OpenFigure> Gathered(List<OpenFigure> rows)
    {
        var small = rows.Where(r => r.Suppressed).ToList();
        return small.Count < 2 ? rows : [.. rows.Where(r => !r.Suppressed), new OpenFigure(OtherComuni, small.Sum(r => r.Count))];
    }

    private static void Add(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static List<OpenFigure> Largest(Dictionary<string, int> counts) =>
        [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => new OpenFigure(c.Key, c.Value))];

    private static int Order(IReadOnlyList<string> steps, string step)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] == step)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
