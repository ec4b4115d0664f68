namespace Workflows.Desk.Email;

/// <summary>The template keys the deciders emit; <see cref="EmailRenderer"/> has one template per key.</summary>
public static class EmailTemplates
{
    /// <summary><see cref="Models.RequestReceivedEmail"/>: To the applicant: the request was filed and where it went.</summary>
    public const string RequestReceived = "request-received";

    /// <summary><see cref="Models.PartnerReviewRequestEmail"/>: To the partner's reviewers: analyse the request (also the reminders).</summary>
    public const string PartnerReviewRequest = "partner-review-request";

    /// <summary><see cref="Models.InfoRequestEmail"/>: To the applicant (or the desk): the partner asks for information.</summary>
    public const string InfoRequest = "info-request";

    /// <summary><see cref="Models.PartnerSlotsRequestEmail"/>: To the partner's reviewers: propose 1–3 appointment slots.</summary>
    public const string PartnerSlotsRequest = "partner-slots-request";

    /// <summary><see cref="Models.ConvocationEmail"/>: To the applicant: the partner convenes them; one button per slot.</summary>
    public const string Convocation = "convocation";

    /// <summary><see cref="Models.MeetingConfirmedEmail"/>: To the applicant: the appointment is fixed (invite attached).</summary>
    public const string MeetingConfirmed = "meeting-confirmed";

    /// <summary><see cref="Models.PartnerMeetingConfirmedEmail"/>: To the partner's reviewers: the applicant confirmed a slot (invite attached).</summary>
    public const string PartnerMeetingConfirmed = "partner-meeting-confirmed";

    /// <summary><see cref="Models.MeetingReminderEmail"/>: To the applicant: the meeting is in 48 or 24 hours.</summary>
    public const string MeetingReminder = "meeting-reminder";

    /// <summary><see cref="Models.MeetingCancelledEmail"/>: To the applicant and the partner: the meeting is cancelled (CANCEL invite attached).</summary>
    public const string MeetingCancelled = "meeting-cancelled";

    /// <summary><see cref="Models.PartnerOutcomeRequestEmail"/>: To the partner's reviewers: record the meeting's outcome.</summary>
    public const string PartnerOutcomeRequest = "partner-outcome-request";

    /// <summary><see cref="Models.FollowUpSurveyEmail"/>: To the applicant: the follow-up survey (+30 and +90 days).</summary>
    public const string FollowUpSurvey = "follow-up-survey";

    /// <summary><see cref="Models.RequestDeclinedEmail"/>: To the applicant: no partner could take the request.</summary>
    public const string RequestDeclined = "request-declined";

    /// <summary><see cref="Models.RequestWithdrawnEmail"/>: To the applicant: the withdrawal is confirmed.</summary>
    public const string RequestWithdrawn = "request-withdrawn";

    /// <summary><see cref="Models.PartnerNoticeEmail"/>: To the partner's reviewers: the request left them (reassigned, withdrawn); nothing to do.</summary>
    public const string PartnerNotice = "partner-notice";

    /// <summary><see cref="Models.DeskUpdateEmail"/>: To the desk: an important change of one of its requests.</summary>
    public const string DeskUpdate = "desk-update";

    /// <summary><see cref="Models.CoordinatorTriageEmail"/>: To the coordinators: no partner matches; assign one.</summary>
    public const string CoordinatorTriage = "coordinator-triage";

    /// <summary><see cref="Models.CoordinatorEscalationEmail"/>: To the coordinators: a partner is late.</summary>
    public const string CoordinatorEscalation = "coordinator-escalation";

    /// <summary><see cref="Models.CoordinatorUndeliverableEmail"/>: To the coordinators: an e-mail to a desk's own address could not be delivered.</summary>
    public const string CoordinatorUndeliverable = "coordinator-undeliverable";

    /// <summary><see cref="Models.EventRegistrationConfirmedEmail"/>: To the registrant: registration confirmed (invite attached).</summary>
    public const string EventRegistrationConfirmed = "event-registration-confirmed";

    /// <summary><see cref="Models.EventReminderEmail"/>: To the registrant: the event is tomorrow.</summary>
    public const string EventReminder = "event-reminder";

    /// <summary><see cref="Models.EventRegistrationCancelledEmail"/>: To the registrant: the registration is cancelled (CANCEL invite attached).</summary>
    public const string EventRegistrationCancelled = "event-registration-cancelled";

    /// <summary><see cref="Models.QuarterlyReportEmail"/>: To the coordinators: the quarter's figures.</summary>
    public const string QuarterlyReport = "quarterly-report";

    /// <summary><see cref="Models.UndeliverableNoticeEmail"/>: To a registration's organiser or a report's other coordinators: one of its e-mails did not arrive.</summary>
    public const string UndeliverableNotice = "undeliverable-notice";

    /// <summary><see cref="Models.CoordinatorStalledEmail"/>: To whoever answers for an instance: its step cannot complete (at most one a day).</summary>
    public const string CoordinatorStalled = "coordinator-stalled";

    /// <summary>Every key.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        RequestReceived,
        PartnerReviewRequest,
        InfoRequest,
        PartnerSlotsRequest,
        Convocation,
        MeetingConfirmed,
        PartnerMeetingConfirmed,
        MeetingReminder,
        MeetingCancelled,
        PartnerOutcomeRequest,
        FollowUpSurvey,
        RequestDeclined,
        RequestWithdrawn,
        PartnerNotice,
        DeskUpdate,
        CoordinatorTriage,
        CoordinatorEscalation,
        CoordinatorUndeliverable,
        EventRegistrationConfirmed,
        EventReminder,
        EventRegistrationCancelled,
        QuarterlyReport,
        UndeliverableNotice,
        CoordinatorStalled,
    ];
}
