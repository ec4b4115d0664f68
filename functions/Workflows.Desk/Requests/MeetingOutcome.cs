namespace Workflows.Desk.Requests;

/// <summary>What the partner records after the meeting time.</summary>
public enum MeetingOutcome
{
    /// <summary>The meeting took place.</summary>
    Held = 0,

    /// <summary>The applicant did not come.</summary>
    NoShow = 1,

    /// <summary>It has to be held another time: back to scheduling.</summary>
    Rescheduled = 2,
}
