using System.Globalization;
using Workflows.Desk.Events;
using Workflows.Desk.Requests;
using A = Workflows.Desk.Requests.DeskRequestActions;

namespace Workflows.Host.Web.Links;

/// <summary>
/// The actions the e-mails offer, per workflow. Desk-request actions map to their event with
/// <see cref="DeskRequestActions.EventFor"/>; the event-registration mail has one, <c>cancel</c>.
/// </summary>
public static class LinkActions
{
    /// <summary>The spec of <paramref name="action"/> in <paramref name="workflow"/>, or null when the workflow has no such action.</summary>
    public static LinkActionSpec? Find(string workflow, string? action)
    {
        if (string.IsNullOrEmpty(action))
        {
            return null;
        }

        return workflow switch
        {
            DeskRequestWorkflow.WorkflowName => DeskRequest(action),
            EventRegistrationWorkflow.WorkflowName when action == EventRegistrationEvents.CancelAction =>
                new(action, workflow, EventRegistrationEvents.RegistrationCancelled, LinkParty.Registrant, LinkFormKind.OptionalReason, Destructive: true),
            _ => null,
        };
    }

    private static LinkActionSpec? DeskRequest(string action)
    {
        if (A.EventFor(action) is not { } eventName)
        {
            return null;
        }

        LinkActionSpec Spec(LinkParty party, LinkFormKind form, bool destructive = false, int? number = null, MeetingOutcome? outcome = null) =>
            new(action, DeskRequestWorkflow.WorkflowName, eventName, party, form, destructive, number, outcome);

        return action switch
        {
            A.Accept => Spec(LinkParty.Partner, LinkFormKind.OptionalNote),
            A.Decline => Spec(LinkParty.Partner, LinkFormKind.RequiredReason),
            A.Refer => Spec(LinkParty.Partner, LinkFormKind.Referral),
            A.AskInfo => Spec(LinkParty.Partner, LinkFormKind.Question),
            A.AnswerInfo => Spec(LinkParty.Applicant, LinkFormKind.Answer),
            A.ProposeSlots or A.PartnerReschedule => Spec(LinkParty.Partner, LinkFormKind.Slots),
            A.OtherSlots or A.Reschedule => Spec(LinkParty.Applicant, LinkFormKind.OptionalNote),
            A.Withdraw or A.Cancel => Spec(LinkParty.Applicant, LinkFormKind.OptionalReason, destructive: true),
            A.PartnerCancel => Spec(LinkParty.Partner, LinkFormKind.RequiredReason, destructive: true),
            A.OutcomeHeld => Spec(LinkParty.Partner, LinkFormKind.Outcome, outcome: MeetingOutcome.Held),
            A.OutcomeNoShow => Spec(LinkParty.Partner, LinkFormKind.Outcome, outcome: MeetingOutcome.NoShow),
            A.OutcomeRescheduled => Spec(LinkParty.Partner, LinkFormKind.Outcome, outcome: MeetingOutcome.Rescheduled),
            A.TriageAssign or A.Reassign => Spec(LinkParty.Coordinator, LinkFormKind.PartnerChoice),
            A.Remind => Spec(LinkParty.Coordinator, LinkFormKind.None),
            _ when Numbered(action, "confirm-") is { } slot => Spec(LinkParty.Applicant, LinkFormKind.SlotChoice, number: slot),
            _ when Numbered(action, "survey-") is { } round => Spec(LinkParty.Applicant, LinkFormKind.Survey, number: round),
            _ => null,
        };
    }

    private static int? Numbered(string action, string prefix) =>
        action.StartsWith(prefix, StringComparison.Ordinal)
        && int.TryParse(action.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
        && n is > 0 and < 1000
            ? n
            : null;
}
