namespace Workflows.Desk.Requests;

/// <summary>The fixed deadlines of the desk-request workflow (the partner's own SLA is on <see cref="Model.Partner"/>).</summary>
public static class DeskRequestRules
{
    /// <summary>Calendar days after the convocation before the applicant is reminded.</summary>
    public const int ConvocationReminderDays = 3;

    /// <summary>Calendar days after which an unanswered convocation goes back to the partner.</summary>
    public const int ConvocationExpiryDays = 10;

    /// <summary>Calendar days after an information request before the applicant is reminded.</summary>
    public const int InfoReminderDays = 3;

    /// <summary>Business days a request may wait in triage before the coordinators are reminded.</summary>
    public const int TriageReminderBusinessDays = 2;

    /// <summary>Calendar days a link stays valid when its step has no deadline of its own.</summary>
    public const int LinkLifetimeDays = 30;

    /// <summary>Calendar days after the last survey when the follow-up closes unanswered.</summary>
    public const int FollowUpCloseDays = 14;

    /// <summary>Most slots a partner may propose.</summary>
    public const int MaxSlots = 3;

    /// <summary>Shortest meeting, in minutes.</summary>
    public const int MinMeetingMinutes = 15;

    /// <summary>Longest meeting, in minutes.</summary>
    public const int MaxMeetingMinutes = 480;

    /// <summary>
    /// True when a meeting of <paramref name="minutes"/> is allowed (<see cref="MinMeetingMinutes"/> to
    /// <see cref="MaxMeetingMinutes"/>): the one rule of the step rules, the partner's page and the e-mail link page.
    /// </summary>
    public static bool IsMeetingLength(int minutes) => minutes is >= MinMeetingMinutes and <= MaxMeetingMinutes;

    /// <summary>Longest free text accepted in a payload (reasons, questions, answers, notes).</summary>
    public const int MaxTextLength = 4000;

    /// <summary>Hours before the meeting when the applicant is reminded.</summary>
    public static IReadOnlyList<int> MeetingReminderHours { get; } = [48, 24];

    /// <summary>Follow-up surveys, in calendar days after the outcome is recorded.</summary>
    public static IReadOnlyList<int> SurveyRounds { get; } = [30, 90];
}
