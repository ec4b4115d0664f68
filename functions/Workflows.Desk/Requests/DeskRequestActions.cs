namespace Workflows.Desk.Requests;

/// <summary>
/// The action names the desk-request e-mails offer as buttons (signed links), and the event each one raises.
/// A link's page shows a confirmation (and the form when the event needs more than a click) and raises the event
/// with the step token the link was issued for.
/// </summary>
public static class DeskRequestActions
{
    /// <summary>Partner: accept.</summary>
    public const string Accept = "accept";

    /// <summary>Partner: decline (form: reason).</summary>
    public const string Decline = "decline";

    /// <summary>Partner: refer to another partner (form: partner, reason).</summary>
    public const string Refer = "refer";

    /// <summary>Partner: ask for information (form: question).</summary>
    public const string AskInfo = "ask-info";

    /// <summary>Applicant or desk: answer the information request (form: answer).</summary>
    public const string AnswerInfo = "answer-info";

    /// <summary>Partner: propose 1–3 slots (form).</summary>
    public const string ProposeSlots = "propose-slots";

    /// <summary>Applicant: ask for other slots.</summary>
    public const string OtherSlots = "other-slots";

    /// <summary>Applicant: withdraw the request.</summary>
    public const string Withdraw = "withdraw";

    /// <summary>Applicant: reschedule the confirmed meeting.</summary>
    public const string Reschedule = "reschedule";

    /// <summary>Applicant: cancel the confirmed meeting (withdraws the request).</summary>
    public const string Cancel = "cancel";

    /// <summary>Partner: reschedule the confirmed meeting (form: new slots).</summary>
    public const string PartnerReschedule = "partner-reschedule";

    /// <summary>Partner: cancel the confirmed meeting (form: reason).</summary>
    public const string PartnerCancel = "partner-cancel";

    /// <summary>Partner: the meeting was held.</summary>
    public const string OutcomeHeld = "outcome-held";

    /// <summary>Partner: the applicant did not come.</summary>
    public const string OutcomeNoShow = "outcome-no-show";

    /// <summary>Partner: the meeting has to be rescheduled.</summary>
    public const string OutcomeRescheduled = "outcome-rescheduled";

    /// <summary>Coordinator: assign a partner from triage.</summary>
    public const string TriageAssign = "triage-assign";

    /// <summary>Coordinator: reassign.</summary>
    public const string Reassign = "reassign";

    /// <summary>Coordinator: remind the partner.</summary>
    public const string Remind = "remind";

    /// <summary>Applicant: confirm slot <paramref name="number"/> (1-based).</summary>
    public static string Confirm(int number) => "confirm-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Applicant: answer the follow-up survey of <paramref name="round"/> (30 or 90).</summary>
    public static string Survey(int round) => "survey-" + round.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The event an action raises, or null for an unknown action.</summary>
    public static string? EventFor(string action) => action switch
    {
        Accept => DeskRequestEvents.PartnerAccepted,
        Decline => DeskRequestEvents.PartnerDeclined,
        Refer => DeskRequestEvents.PartnerReferred,
        AskInfo => DeskRequestEvents.PartnerAskedInfo,
        AnswerInfo => DeskRequestEvents.InfoAnswered,
        ProposeSlots or PartnerReschedule => DeskRequestEvents.SlotsProposed,
        OtherSlots or Reschedule => DeskRequestEvents.OtherSlotsRequested,
        Withdraw or Cancel => DeskRequestEvents.ApplicantWithdrew,
        PartnerCancel => DeskRequestEvents.MeetingCancelled,
        OutcomeHeld or OutcomeNoShow or OutcomeRescheduled => DeskRequestEvents.OutcomeRecorded,
        TriageAssign => DeskRequestEvents.TriageAssign,
        Reassign => DeskRequestEvents.Reassign,
        Remind => DeskRequestEvents.Remind,
        _ when action.StartsWith("confirm-", StringComparison.Ordinal) => DeskRequestEvents.SlotConfirmed,
        _ when action.StartsWith("survey-", StringComparison.Ordinal) => DeskRequestEvents.SurveyAnswered,
        _ => null,
    };
}
