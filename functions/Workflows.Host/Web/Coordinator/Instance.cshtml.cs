using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Host.Authorization;
using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Web.Coordinator;

/// <summary>One instance: status, tags, timers, diagram, timeline of its history and its e-mails.</summary>
public sealed class InstanceModel(IWorkflowQueries queries, IDashboardLabels labels, IEnumerable<WorkflowDiagram> diagrams, TimeProvider time) : PageModel
{
    /// <summary>History rows shown at most.</summary>
    public const int HistoryLimit = 500;

    private static readonly string[] TagOrder =
        [DashboardTags.Code, DashboardTags.Network, DashboardTags.Desk, DashboardTags.Comune, DashboardTags.Category, DashboardTags.Partner];

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

    /// <summary>The request code people use (the short internal id for workflows without one).</summary>
    public string Code => Instance.Tags.GetValueOrDefault(DashboardTags.Code) is { Length: > 0 } code ? code : Shared.Display.ShortId(Instance.InstanceId);

    /// <summary>The tags shown as the request's data, in the clerk's order (the deadline is in the summary).</summary>
    public IEnumerable<KeyValuePair<string, string>> ShownTags =>
        Instance.Tags
            .Where(t => t.Key != DashboardTags.SlaDueAt)
            .OrderBy(t => Array.IndexOf(TagOrder, t.Key) is var i and >= 0 ? i : int.MaxValue)
            .ThenBy(t => t.Key, StringComparer.Ordinal);

    /// <summary>The applicant of a desk request (coordinators may see it); null for other workflows or once erased.</summary>
    public Applicant? Applicant { get; private set; }

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
        if (instance is null || !NetworkScope.Of(User).Allows(instance))
        {
            return NotFound();
        }

        Instance = instance;
        Applicant = DeskRequestStateOf(instance)?.Applicant;
        var history = queries.GetTimelineAsync(instanceId, 1, HistoryLimit, cancellationToken);
        var emails = queries.GetEmailsAsync(instanceId, cancellationToken);
        History = await history;
        Emails = await emails;
        Visited = History.Select(h => h.CustomStatus).OfType<string>().ToHashSet(StringComparer.Ordinal);
        (Steps, Endings) = WorkflowSteps.For(diagrams, instance.Name, History.Select(h => h.CustomStatus), instance.CustomStatus);
        return Page();
    }

    /// <summary>The state of a desk request; null for other workflows or once erased.</summary>
    internal static DeskRequestState? DeskRequestStateOf(WorkflowView instance) =>
        instance.Name == DeskRequestWorkflow.WorkflowName && instance.State is { ValueKind: JsonValueKind.Object } state
            ? state.Deserialize<DeskRequestState>(WorkflowJson.Options)
            : null;
}
