using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Host.Authorization;
using Workflows.Host.Runtime;
using Workflows.Steps;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Coordinator;

/// <summary>The network's figures with charts (Chart.js, this page only) and an accessible table for each.</summary>
public sealed class OverviewModel(IWorkflowQueries queries, IDashboardLabels labels, TimeProvider time) : PageModel
{
    /// <summary>Rows per tag chart (the table lists them all).</summary>
    public const int ChartRows = 15;

    /// <summary>The period and workflow filters.</summary>
    [BindProperty(SupportsGet = true)]
    public InstanceFilter Filter { get; set; } = new();

    /// <summary>The figures.</summary>
    public NetworkFigures Figures { get; private set; } = new();

    /// <summary>Names for tag values.</summary>
    public IDashboardLabels Labels => labels;

    /// <summary>Counts the instances in the period.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var period = new InstanceFilter { From = Filter.From, To = Filter.To, Workflow = Filter.Workflow };
        var query = NetworkScope.Of(User).Restrict(period.ToQuery(now, 1000));
        Figures = await NetworkFigures.CountAsync(queries, query, now, cancellationToken);
    }

    /// <summary>The label of a row of a tag figure.</summary>
    public string Label(string tag, string key) => key.Length == 0 ? Texts.Unassigned : labels.Describe(tag, key);

    /// <summary>The charts' data for the page script, as JSON (read by <c>js/overview.js</c>).</summary>
    public string ChartData()
    {
        object Chart(string id, IEnumerable<FigureRow> rows, Func<string, string> label) => new
        {
            id,
            label = Texts.Count,
            labels = rows.Select(r => label(r.Key)).ToArray(),
            values = rows.Select(r => r.Count).ToArray(),
        };

        var charts = new[]
        {
            Chart("chart-step", Figures.ByStep, k => k.Length == 0 ? Texts.Unassigned : Texts.Step(k)),
            Chart("chart-comune", Figures.ByComune.Take(ChartRows), k => Label(DashboardTags.Comune, k)),
            Chart("chart-partner", Figures.ByPartner.Take(ChartRows), k => Label(DashboardTags.Partner, k)),
            Chart("chart-category", Figures.ByCategory.Take(ChartRows), k => Label(DashboardTags.Category, k)),
        };
        return JsonSerializer.Serialize(charts);
    }
}
