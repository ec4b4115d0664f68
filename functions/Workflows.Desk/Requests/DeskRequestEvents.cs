namespace Workflows.Desk.Requests;

/// <summary>
/// The event names the desk-request workflow accepts, with the steps each is allowed in. Every payload carries the
/// step token it was issued for (<see cref="Steps.IStepPayload"/>).
/// </summary>
public static class DeskRequestEvents
{
    /// <summary>The partner accepts (<see cref="PartnerAcceptance"/>).</summary>
    public const string PartnerAccepted = "PartnerAccepted";

    /// <summary>The partner declines with a reason (<see cref="PartnerDecline"/>).</summary>
    public const string PartnerDeclined = "PartnerDeclined";

    /// <summary>The partner refers the request to a named partner (<see cref="PartnerReferral"/>).</summary>
    public const string PartnerReferred = "PartnerReferred";

    /// <summary>The partner asks the applicant for information (<see cref="InfoQuestion"/>).</summary>
    public const string PartnerAskedInfo = "PartnerAskedInfo";

    /// <summary>The applicant (or the desk) answers (<see cref="InfoAnswer"/>).</summary>
    public const string InfoAnswered = "InfoAnswered";

    /// <summary>The partner proposes 1–3 slots, or reschedules a confirmed meeting (<see cref="SlotProposal"/>).</summary>
    public const string SlotsProposed = "SlotsProposed";

    /// <summary>The applicant confirms one slot (<see cref="SlotChoice"/>).</summary>
    public const string SlotConfirmed = "SlotConfirmed";

    /// <summary>The applicant asks for other slots or to reschedule (<see cref="OtherSlotsRequest"/>).</summary>
    public const string OtherSlotsRequested = "OtherSlotsRequested";

    /// <summary>The partner cancels the confirmed meeting (<see cref="MeetingCancellation"/>).</summary>
    public const string MeetingCancelled = "MeetingCancelled";

    /// <summary>The applicant withdraws, or cancels the confirmed meeting (<see cref="Withdrawal"/>).</summary>
    public const string ApplicantWithdrew = "ApplicantWithdrew";

    /// <summary>The partner records the meeting's outcome (<see cref="OutcomeReport"/>).</summary>
    public const string OutcomeRecorded = "OutcomeRecorded";

    /// <summary>The applicant answers a follow-up survey (<see cref="SurveyAnswer"/>).</summary>
    public const string SurveyAnswered = "SurveyAnswered";

    /// <summary>The coordinator reassigns to a named partner (<see cref="Reassignment"/>).</summary>
    public const string Reassign = "Reassign";

    /// <summary>The coordinator re-sends the current step's e-mail (<see cref="ReminderRequest"/>).</summary>
    public const string Remind = "Remind";

    /// <summary>The coordinator assigns a partner to a request in triage (<see cref="TriageAssignment"/>).</summary>
    public const string TriageAssign = "TriageAssign";

    private static readonly DeskRequestStep[] OpenSteps =
    [
        DeskRequestStep.AwaitingTriage, DeskRequestStep.AwaitingPartnerReview, DeskRequestStep.InfoRequested,
        DeskRequestStep.Scheduling, DeskRequestStep.ConvocationSent, DeskRequestStep.Confirmed,
        DeskRequestStep.AwaitingOutcome, DeskRequestStep.FollowUp,
    ];

    private static readonly Dictionary<string, DeskRequestStep[]> Allowed = new(StringComparer.Ordinal)
    {
        [PartnerAccepted] = [DeskRequestStep.AwaitingPartnerReview],
        [PartnerDeclined] = [DeskRequestStep.AwaitingPartnerReview],
        [PartnerReferred] = [DeskRequestStep.AwaitingPartnerReview],
        [PartnerAskedInfo] = [DeskRequestStep.AwaitingPartnerReview],
        [InfoAnswered] = [DeskRequestStep.InfoRequested],
        [SlotsProposed] = [DeskRequestStep.Scheduling, DeskRequestStep.Confirmed],
        [SlotConfirmed] = [DeskRequestStep.ConvocationSent],
        [OtherSlotsRequested] = [DeskRequestStep.ConvocationSent, DeskRequestStep.Confirmed],
        [MeetingCancelled] = [DeskRequestStep.Confirmed],
        [ApplicantWithdrew] = OpenSteps,
        [OutcomeRecorded] = [DeskRequestStep.AwaitingOutcome],
        [SurveyAnswered] = [DeskRequestStep.FollowUp],
        [Reassign] =
        [
            DeskRequestStep.AwaitingPartnerReview, DeskRequestStep.InfoRequested, DeskRequestStep.Scheduling,
            DeskRequestStep.ConvocationSent, DeskRequestStep.Confirmed,
        ],
        [Remind] = OpenSteps,
        [TriageAssign] = [DeskRequestStep.AwaitingTriage],
    };

    /// <summary>Every event name.</summary>
    public static IReadOnlyCollection<string> All => Allowed.Keys;

    /// <summary>The steps <paramref name="eventName"/> is allowed in; empty for an unknown name.</summary>
    public static IReadOnlyList<DeskRequestStep> AllowedIn(string eventName) =>
        Allowed.TryGetValue(eventName, out var steps) ? steps : [];
}
