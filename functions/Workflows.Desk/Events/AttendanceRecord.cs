using Workflows.Desk.Steps;

namespace Workflows.Desk.Events;

/// <summary>Payload of <see cref="EventRegistrationEvents.AttendanceRecorded"/>.</summary>
/// <param name="Step">The step token of the attendance page.</param>
/// <param name="Attended">True when the registrant came.</param>
public sealed record AttendanceRecord(string Step, bool Attended) : IStepPayload;
