namespace Workflows.Desk.Events;

/// <summary>The steps of an event registration (the custom status).</summary>
public enum EventRegistrationStep
{
    /// <summary>Registered; the event has not ended yet.</summary>
    Registered = 0,

    /// <summary>The event ended; the organiser records attendance.</summary>
    AwaitingAttendance = 1,

    /// <summary>Attended (completed).</summary>
    Attended = 2,

    /// <summary>Absent (completed).</summary>
    Absent = 3,

    /// <summary>Cancelled by the registrant (completed).</summary>
    Cancelled = 4,

    /// <summary>Nobody recorded attendance within 30 days (completed).</summary>
    AttendanceUnrecorded = 5,
}
