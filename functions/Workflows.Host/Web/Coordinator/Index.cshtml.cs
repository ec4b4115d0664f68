using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Host.Authorization;
using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Web.Coordinator;

/// <summary>The coordinator's list of instances, filtered and paged with the engine's continuation token.</summary>
public sealed class IndexModel(IWorkflowQueries queries, IEnumerable<IWorkflow> workflows, IDashboardLabels labels, TimeProvider time) : PageModel
{
    private const int PageSize = 25;

    /// <summary>The filters.</summary>
    [BindProperty(SupportsGet = true)]
    public InstanceFilter Filter { get; set; } = new();

    /// <summary>The instances of this page.</summary>
    public IReadOnlyList<WorkflowView> Items { get; private set; } = [];

    /// <summary>The token of the next page, if any.</summary>
    public string? NextToken { get; private set; }

    /// <summary>True when this is not the first page.</summary>
    public bool IsContinuation { get; private set; }

    /// <summary>True when the applicant search found more requests than the page shows.</summary>
    public bool MoreApplicantMatches { get; private set; }

    /// <summary>The applicant of a listed desk request (coordinators may see it); null for other workflows or once erased.</summary>
    public static string? ApplicantOf(WorkflowView instance) => InstanceModel.DeskRequestStateOf(instance)?.Applicant.Name;

    /// <summary>The workflow types known to the engine.</summary>
    public IReadOnlyList<string> WorkflowNames { get; } = [.. workflows.Select(w => w.Name).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Names for tag values.</summary>
    public IDashboardLabels Labels => labels;

    /// <summary>The time of the request (for overdue marks).</summary>
    public DateTimeOffset Now { get; } = time.GetUtcNow();

    /// <summary>Loads one page; skips pages the filters left empty (a page may be shorter than asked).</summary>
    public async Task OnGetAsync([FromQuery(Name = "page")] string? continuation, CancellationToken cancellationToken)
    {
        IsContinuation = !string.IsNullOrEmpty(continuation);
        var query = NetworkScope.Of(User).Restrict(Filter.ResolveNames(labels).ToQuery(Now, PageSize));
        if (Filter.StepUnknown)
        {
            return;
        }

        if (Filter.ApplicantText is { } applicant)
        {
            var found = await ApplicantSearch.FindAsync(queries, query, applicant, ApplicantSearch.Limit + 1, cancellationToken);
            Items = [.. found.Take(ApplicantSearch.Limit)];
            MoreApplicantMatches = found.Count > ApplicantSearch.Limit;
            return;
        }

        var token = string.IsNullOrEmpty(continuation) ? null : continuation;
        for (var hops = 0; hops < 10; hops++)
        {
            var page = await queries.QueryAsync(query, token, cancellationToken);
            Items = page.Items;
            NextToken = page.ContinuationToken;
            token = page.ContinuationToken;
            if (Items.Count > 0 || token is null)
            {
                break;
            }
        }
    }

    /// <summary>The URL of the next page with the same filters.</summary>
    public string NextPageUrl() =>
        "/coordinator" + QueryString.Create(Filter.ToQueryString().Append(new("page", NextToken)));

    /// <summary>The URL of the first page with the same filters.</summary>
    public string FirstPageUrl() => "/coordinator" + QueryString.Create(Filter.ToQueryString());

    /// <summary>The CSV export of the same filters.</summary>
    public string ExportUrl() => "/coordinator/export.csv" + QueryString.Create(Filter.ToQueryString());
}
