namespace Workflows.Desk.Requests;

/// <summary>The timer names the desk-request workflow schedules. Each belongs to one step and is cancelled when it ends.</summary>
public static class DeskRequestTimers
{
    /// <summary>Partner escalation to the network coordinator (SLA, default +5 business days).</summary>
    public const string PartnerEscalation = "partner-escalation";

    /// <summary>Reminder to the coordinators of a request in triage.</summary>
    public const string TriageReminder = "triage-reminder";

    /// <summary>Reminder to the applicant of an unanswered information request.</summary>
    public const string InfoReminder = "info-reminder";

    /// <summary>Reminder to the applicant of the convocation (+3 days).</summary>
    public const string ConvocationReminder = "convocation-reminder";

    /// <summary>The convocation expires (+10 days): back to the partner.</summary>
    public const string ConvocationExpiry = "convocation-expiry";

    /// <summary>Reminder 48 hours before the meeting.</summary>
    public const string MeetingReminder48h = "meeting-reminder-48h";

    /// <summary>Reminder 24 hours before the meeting.</summary>
    public const string MeetingReminder24h = "meeting-reminder-24h";

    /// <summary>The meeting's end: the partner is asked for the outcome.</summary>
    public const string MeetingPassed = "meeting-passed";

    /// <summary>Closes the follow-up when the last survey is not answered.</summary>
    public const string FollowUpClose = "follow-up-close";

    /// <summary>The <paramref name="number"/>-th partner reminder (1-based), e.g. <c>partner-reminder-1</c>.</summary>
    public static string PartnerReminder(int number) =>
        "partner-reminder-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The follow-up survey of <paramref name="round"/> days, e.g. <c>survey-30</c>.</summary>
    public static string Survey(int round) => "survey-" + round.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
