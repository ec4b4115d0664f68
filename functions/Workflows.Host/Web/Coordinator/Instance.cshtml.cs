using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Web.Coordinator;

/// <summary>One instance: status, tags, timers, diagram, timeline of its history and its e-mails.</summary>
public sealed class InstanceModel(IWorkflowQueries queries, IDashboardLabels labels, IEnumerable<WorkflowDiagram> diagrams, TimeProvider time) : PageModel
{
    /// <summary>History rows shown at most.</summary>
    public const int HistoryLimit = 500;

    /// <summary>The instance.</summary>
    public WorkflowView Instance { get; private set; } = null!;

    /// <summary>Its history, oldest first.</summary>
    public IReadOnlyList<TimelineEntry> History { get; private set; } = [];

    /// <summary>Its e-mails.</summary>
    public IReadOnlyList<EmailRecord> Emails { get; private set; } = [];

    /// <summary>The steps of the diagram.</summary>
    public IReadOnlyList<string> Steps { get; private set; } = [];

    /// <summary>The steps of the diagram that end the workflow.</summary>
    public IReadOnlySet<string> Endings { get; private set; } = new HashSet<string>();

    /// <summary>The steps the history went through.</summary>
    public IReadOnlySet<string> Visited { get; private set; } = new HashSet<string>();

    /// <summary>The result of the last action (after the redirect).</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Why the last action was refused, in the engine's words (English).</summary>
    [TempData]
    public string? MessageDetail { get; set; }

    /// <summary>Names for tag values.</summary>
    public IDashboardLabels Labels => labels;

    /// <summary>The time of the request.</summary>
    public DateTimeOffset Now { get; } = time.GetUtcNow();

    /// <summary>Loads the instance, or 404 when it does not exist or belongs to another network.</summary>
    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (!InstanceId.TryParse(id, out var instanceId))
        {
            return NotFound();
        }

        var instance = await queries.GetInstanceAsync(instanceId, includeTimeline: false, cancellationToken);
        if (instance is null || !CoordinatorScope.Of(User).Allows(instance))
        {
            return NotFound();
        }

        Instance = instance;
        var history = queries.GetTimelineAsync(instanceId, 1, HistoryLimit, cancellationToken);
        var emails = queries.GetEmailsAsync(instanceId, cancellationToken);
        History = await history;
        Emails = await emails;
        Visited = History.Select(h => h.CustomStatus).OfType<string>().ToHashSet(StringComparer.Ordinal);
        (Steps, Endings) = WorkflowSteps.For(diagrams, instance.Name, History.Select(h => h.CustomStatus), instance.CustomStatus);
        return Page();
    }
}
