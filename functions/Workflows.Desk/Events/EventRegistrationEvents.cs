namespace Workflows.Desk.Events;

/// <summary>Event, action and timer names of <see cref="EventRegistrationWorkflow"/>.</summary>
public static class EventRegistrationEvents
{
    /// <summary>The registrant cancels (<see cref="RegistrationCancellation"/>), allowed before the event starts.</summary>
    public const string RegistrationCancelled = "RegistrationCancelled";

    /// <summary>The organiser records attendance (<see cref="AttendanceRecord"/>), after the event.</summary>
    public const string AttendanceRecorded = "AttendanceRecorded";

    /// <summary>One of its e-mails did not reach the registrant (<see cref="Requests.DeliveryFailure"/>): recorded, the organiser told.</summary>
    public const string EmailUndeliverable = "EmailUndeliverable";

    /// <summary>The cancellation button of the confirmation and reminder mails.</summary>
    public const string CancelAction = "cancel";

    /// <summary>Reminder 24 hours before the start.</summary>
    public const string ReminderTimer = "event-reminder";

    /// <summary>The event's end.</summary>
    public const string EndedTimer = "event-ended";

    /// <summary>Attendance not recorded within <see cref="AttendanceWindowDays"/> days.</summary>
    public const string AttendanceTimeoutTimer = "attendance-timeout";

    /// <summary>Days after the event the organiser has to record attendance.</summary>
    public const int AttendanceWindowDays = 30;
}
