using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Host.Runtime;
using Workflows.Steps;
using Workflows.Host.Web.Desk;
using Workflows.Host.Web.Shared;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Web.Partner;

/// <summary>
/// One partner action on a request (accept, decline, refer, ask for information, propose slots, reschedule, cancel
/// the meeting, record the outcome). GET shows its form with the step token of the request as shown; POST (with
/// anti-forgery) raises the event with that token, so an action on a request that has moved on is refused by the
/// workflow and answered with a 409 page saying why. Another partner's request is a 404.
/// </summary>
[RequestSizeLimit(32 * 1024)]
public sealed class ActModel(
    NetworkDirectory directory,
    DeskRequestReader requests,
    IWorkflowCommands commands,
    TimeProvider time,
    ILogger<ActModel> logger) : PageModel
{
    /// <summary>Longest free text (reason, question, notes).</summary>
    public const int TextMax = 2000;

    /// <summary>The request.</summary>
    public DeskRequestRecord DeskRequest { get; private set; } = null!;

    /// <summary>The action.</summary>
    public string Action { get; private set; } = "";

    /// <summary>True when the action belongs to the request's current step.</summary>
    public bool IsOffered { get; private set; }

    /// <summary>Set when the workflow refused the action: its reason.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The partners the request may be referred to.</summary>
    public IReadOnlyList<Workflows.Desk.Model.Partner> ReferralCandidates { get; private set; } = [];

    /// <summary>The step token the form was shown for.</summary>
    [BindProperty]
    public string? Step { get; set; }

    /// <summary>The form's single-use key.</summary>
    [BindProperty]
    public string? FormKey { get; set; }

    /// <summary>Optional note (accept).</summary>
    [BindProperty]
    public string? Note { get; set; }

    /// <summary>Reason (decline, refer, cancel the meeting).</summary>
    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The question (ask for information).</summary>
    [BindProperty]
    public string? Question { get; set; }

    /// <summary>The partner to refer to.</summary>
    [BindProperty]
    public string? ReferTo { get; set; }

    /// <summary>The outcome (a <see cref="MeetingOutcome"/> name).</summary>
    [BindProperty]
    public string? Outcome { get; set; }

    /// <summary>Notes on the outcome.</summary>
    [BindProperty]
    public string? Notes { get; set; }

    /// <summary>The slot rows.</summary>
    [BindProperty]
    public List<SlotInput> Slots { get; set; } = [];

    /// <summary>Validation messages by field id.</summary>
    public FieldErrors Errors { get; } = new();

    /// <summary>A message for the next page.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Shows the action's form (or says it is not available in the current step).</summary>
    public async Task<IActionResult> OnGetAsync(string id, string action, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, action, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        Step = DeskRequest.State.StepToken;
        FormKey = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture);
        if (Action == PartnerActions.Outcome)
        {
            Outcome = DeskRequest.State.Outcome?.ToString();
        }

        if (!IsOffered)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return Page();
    }

    /// <summary>Validates the form and raises the action's event.</summary>
    public async Task<IActionResult> OnPostAsync(string id, string action, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, action, cancellationToken) is { } notFound)
        {
            return notFound;
        }

        if (string.IsNullOrWhiteSpace(Step) || Step.Length > 20 || FormKey is not { Length: 32 } || !FormKey.All(char.IsAsciiHexDigitLower))
        {
            return BadRequest();
        }

        var (eventName, payload) = Validate();
        if (eventName is null)
        {
            return Page();
        }

        var instanceId = DeskRequest.Instance.InstanceId;
        var partnerId = DeskRequest.State.PartnerId!;
        var result = await commands.RaiseEventAsync(
            instanceId, eventName, payload, new RaiseEventOptions { SingleUseKey = "partner-form:" + FormKey }, cancellationToken);
        logger.PartnerActed(partnerId, Action, instanceId.Value, result.Outcome);
        switch (result.Outcome)
        {
            case EventOutcome.Applied:
                Message = Texts.PartnerActionDone(Action);
                return Redirect(PartnerActions.HandsOn(Action) ? "/partner" : $"/partner/requests/{instanceId}");
            case EventOutcome.AlreadyConsumed:
                Message = Texts.PartnerActionAlreadyDone;
                return Redirect("/partner");
            default:
                // The request moved on (or ended) since the form was shown: say so, with the workflow's own reason.
                var current = await requests.FindForPartnerAsync(id, partnerId, includeHistory: false, cancellationToken);
                if (current is not null)
                {
                    DeskRequest = current;
                }

                Refusal = result.Reason ?? result.Outcome.ToString();
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
        }
    }

    private (string? EventName, object? Payload) Validate()
    {
        var step = Step!;
        switch (Action)
        {
            case PartnerActions.Accept:
                var note = Optional(Note, "note");
                return Errors.Count > 0 ? default : (DeskRequestEvents.PartnerAccepted, new PartnerAcceptance(step, note));
            case PartnerActions.Decline:
                var declineReason = Required(Reason, "reason", Texts.DeclineReasonRequired);
                return Errors.Count > 0 ? default : (DeskRequestEvents.PartnerDeclined, new PartnerDecline(step, declineReason!));
            case PartnerActions.Refer:
                var target = ReferralCandidates.FirstOrDefault(p => p.Id == ReferTo);
                if (target is null)
                {
                    Errors.Add("refer-to", ReferralCandidates.Count == 0 ? Texts.NoReferralCandidates : Texts.ReferToRequired);
                }

                var referReason = Required(Reason, "reason", Texts.ReferReasonRequired);
                return Errors.Count > 0 ? default : (DeskRequestEvents.PartnerReferred, new PartnerReferral(step, target!.Id, referReason!, target));
            case PartnerActions.AskInfo:
                var question = Required(Question, "question", Texts.QuestionRequired);
                return Errors.Count > 0 ? default : (DeskRequestEvents.PartnerAskedInfo, new InfoQuestion(step, question!));
            case PartnerActions.ProposeSlots or PartnerActions.Reschedule:
                // Slots at the desk are checked against its closures as the directory holds them now.
                var closures = directory.FindDesk(DeskRequest.State.Desk.Id) is { } stored ? stored.Closures ?? [] : null;
                var desk = closures is null ? DeskRequest.State.Desk : DeskRequest.State.Desk with { Closures = closures };
                var slots = SlotForm.Read(Slots, desk, time.GetUtcNow(), Errors);
                return slots is null ? default : (DeskRequestEvents.SlotsProposed, new SlotProposal(step, slots, closures));
            case PartnerActions.CancelMeeting:
                var cancelReason = Required(Reason, "reason", Texts.CancelReasonRequired);
                return Errors.Count > 0 ? default : (DeskRequestEvents.MeetingCancelled, new MeetingCancellation(step, cancelReason!));
            case PartnerActions.Outcome:
                MeetingOutcome? outcome = Enum.TryParse<MeetingOutcome>(Outcome, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(Outcome![0])
                    ? parsed
                    : null;
                if (outcome is null)
                {
                    Errors.Add("outcome-" + MeetingOutcome.Held, Texts.OutcomeRequired);
                }

                var notes = Optional(Notes, "notes");
                return Errors.Count > 0 ? default : (DeskRequestEvents.OutcomeRecorded, new OutcomeReport(step, outcome!.Value, notes));
            default:
                return default;
        }
    }

    private string? Required(string? value, string field, string missing)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            Errors.Add(field, missing);
            return null;
        }

        if (text.Length > TextMax)
        {
            Errors.Add(field, Texts.TextTooLong(TextMax, text.Length));
            return null;
        }

        return text;
    }

    private string? Optional(string? value, string field)
    {
        var text = value?.Trim();
        if (text is { Length: > TextMax })
        {
            Errors.Add(field, Texts.TextTooLong(TextMax, text.Length));
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }

    private async Task<IActionResult?> LoadAsync(string id, string action, CancellationToken cancellationToken)
    {
        var partnerId = User.FindFirst(StaffClaims.PartnerId)?.Value;
        if (partnerId is null || !PartnerActions.All.Contains(action))
        {
            return NotFound();
        }

        var request = await requests.FindForPartnerAsync(id, partnerId, includeHistory: false, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        DeskRequest = request;
        Action = action;
        IsOffered = request.IsOpen && PartnerActions.For(request.Step).Contains(action);
        var s = request.State;
        ReferralCandidates = [.. directory.PartnersOf(s.Network.Id).Where(p => p.Id != s.PartnerId && !s.TriedPartnerIds.Contains(p.Id))];
        while (Slots.Count < SlotForm.Rows)
        {
            Slots.Add(new SlotInput { Place = s.PreferredContact == ContactMode.Video ? nameof(MeetingPlace.Remote) : nameof(MeetingPlace.AtDesk) });
        }

        return null;
    }
}
