using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Host.Authorization;
using Workflows.Host.Runtime;
using Workflows.Steps;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Coordinator;

/// <summary>
/// The confirmation step of a coordinator action: GET shows what will happen (and asks for its fields),
/// POST (with anti-forgery) carries it out and returns to the instance with the outcome.
/// </summary>
[RequestSizeLimit(64 * 1024)]
public sealed class ActionModel(IWorkflowCommands commands, IWorkflowQueries queries, NetworkDirectory directory, ILogger<ActionModel> logger) : PageModel
{
    /// <summary>The instance.</summary>
    public WorkflowView Instance { get; private set; } = null!;

    /// <summary>The action (remind, reassign, raise, suspend, resume, terminate, erase, purge).</summary>
    public string Action { get; private set; } = "";

    /// <summary>
    /// The workflow's step token when the confirmation was shown (desk requests refuse an event issued for a step
    /// that has passed, so acting on a stale page is refused rather than applied to the wrong step).
    /// </summary>
    [BindProperty]
    public string? Step { get; set; }

    /// <summary>Optional reason (suspend, resume, terminate, reassign).</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The event name (raise).</summary>
    [BindProperty]
    public string? EventName { get; set; }

    /// <summary>The event data as JSON (raise).</summary>
    [BindProperty]
    public string? Payload { get; set; }

    /// <summary>The new partner id (reassign).</summary>
    [BindProperty]
    public string? PartnerId { get; set; }

    /// <summary>The partners offered by name (reassign).</summary>
    public PartnerChoices Choices { get; private set; } = new([], [], null);

    /// <summary>Validation messages by field.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The outcome shown on the instance page.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>The engine's or the workflow's own reason for a refusal (English), shown folded under the outcome.</summary>
    [TempData]
    public string? MessageDetail { get; set; }

    /// <summary>Shows the confirmation.</summary>
    public async Task<IActionResult> OnGetAsync(string id, string verb, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, verb, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        Step = StepTokenOf(Instance);
        if (Action == "raise" && Step is not null)
        {
            Payload = JsonSerializer.Serialize(new { step = Step });
        }

        return Page();
    }

    /// <summary>Carries out the action.</summary>
    public async Task<IActionResult> OnPostAsync(string id, string verb, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, verb, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        var instanceId = Instance.InstanceId;
        var reason = string.IsNullOrWhiteSpace(Reason) ? null : Reason.Trim();
        var step = string.IsNullOrWhiteSpace(Step) ? StepTokenOf(Instance) : Step.Trim();
        EventResult result;
        switch (Action)
        {
            case "remind":
                result = await commands.RaiseEventAsync(instanceId, InstanceActions.RemindEvent, step is null ? null : new { step }, null, cancellationToken);
                break;
            case "reassign":
                if (Choices.Problem(PartnerId, directory) is { } problem)
                {
                    Errors[nameof(PartnerId)] = problem;
                    return Page();
                }

                // The partner's facts travel with the event: the request knows only the partners of its intake.
                var partner = directory.FindPartner(PartnerId!.Trim())!;
                result = Instance.CustomStatus == InstanceActions.TriageStep
                    ? await commands.RaiseEventAsync(instanceId, InstanceActions.TriageAssignEvent, new TriageAssignment(step ?? "", partner.Id, reason, partner), null, cancellationToken)
                    : await commands.RaiseEventAsync(instanceId, InstanceActions.ReassignEvent, new Reassignment(step ?? "", partner.Id, reason, partner), null, cancellationToken);
                break;
            case "raise":
                var name = EventName?.Trim() ?? "";
                if (name.Length is 0 or > 100 || !name.All(char.IsAsciiLetterOrDigit))
                {
                    Errors[nameof(EventName)] = Texts.EventNameInvalid;
                }

                JsonElement? data = null;
                if (!string.IsNullOrWhiteSpace(Payload))
                {
                    try
                    {
                        using var document = JsonDocument.Parse(Payload);
                        data = document.RootElement.Clone();
                    }
                    catch (JsonException)
                    {
                        Errors[nameof(Payload)] = Texts.PayloadInvalid;
                    }
                }

                if (Errors.Count > 0)
                {
                    return Page();
                }

                result = await commands.RaiseEventAsync(instanceId, name, data, null, cancellationToken);
                break;
            case "suspend":
                result = await commands.SuspendAsync(instanceId, reason, cancellationToken);
                break;
            case "resume":
                result = await commands.ResumeAsync(instanceId, reason, cancellationToken);
                break;
            case "terminate":
                result = await commands.TerminateAsync(instanceId, reason, cancellationToken);
                break;
            case "erase":
                var erased = await commands.EraseAsync(instanceId, cancellationToken);
                logger.CoordinatorErased(instanceId.Value, erased);
                Message = erased is EraseResult.NotEnded ? Texts.EraseNotEnded : Texts.Erased;
                return Redirect($"/coordinator/instances/{instanceId}");
            case "purge":
                var purged = await commands.PurgeAsync(instanceId, cancellationToken);
                logger.CoordinatorPurged(instanceId.Value, purged);
                if (purged == PurgeResult.Purged)
                {
                    Message = Texts.Purged;
                    return Redirect("/coordinator");
                }

                Message = Texts.PurgeNotEnded;
                return Redirect($"/coordinator/instances/{instanceId}");
            default:
                return NotFound();
        }

        logger.CoordinatorActed(Action, instanceId.Value, result.Outcome);
        Message = Texts.Outcome(result.Outcome);
        MessageDetail = result.Outcome is EventOutcome.Rejected or EventOutcome.NotRunning ? result.Reason : null;
        return Redirect($"/coordinator/instances/{instanceId}");
    }

    /// <summary>The step token a workflow keeps in its state (<c>stepToken</c>), if it has one.</summary>
    internal static string? StepTokenOf(WorkflowView instance) =>
        instance.State is { ValueKind: JsonValueKind.Object } state
        && state.TryGetProperty("stepToken", out var token)
        && token.ValueKind == JsonValueKind.String
            ? token.GetString()
            : null;

    private async Task<IActionResult?> LoadAsync(string id, string action, CancellationToken cancellationToken)
    {
        if (!InstanceActions.All.Contains(action) || !InstanceId.TryParse(id, out var instanceId))
        {
            return NotFound();
        }

        var instance = await queries.GetInstanceAsync(instanceId, includeTimeline: false, cancellationToken);
        if (instance is null || !NetworkScope.Of(User).Allows(instance))
        {
            return NotFound();
        }

        Instance = instance;
        Action = action;
        Choices = action == "reassign" ? PartnerChoices.For(instance, directory) : Choices;
        return null;
    }
}
