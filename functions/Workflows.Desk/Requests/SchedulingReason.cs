namespace Workflows.Desk.Requests;

/// <summary>Why the partner is asked to propose slots.</summary>
public enum SchedulingReason
{
    /// <summary>It has just accepted the request.</summary>
    Accepted = 0,

    /// <summary>The applicant asked for other slots (or to reschedule).</summary>
    ApplicantAskedOtherSlots = 1,

    /// <summary>The applicant did not choose within 10 days.</summary>
    ConvocationExpired = 2,

    /// <summary>The partner cancelled the confirmed meeting.</summary>
    MeetingCancelled = 3,

    /// <summary>The partner recorded the meeting as to be rescheduled.</summary>
    Rescheduled = 4,
}
