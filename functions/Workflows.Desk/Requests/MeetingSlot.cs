namespace Workflows.Desk.Requests;

/// <summary>An appointment slot proposed by the partner.</summary>
/// <param name="Start">Start time.</param>
/// <param name="DurationMinutes">Length in minutes (15–480).</param>
/// <param name="Place">At the desk or remote.</param>
/// <param name="VideoUrl">The video-call link; required when remote.</param>
public sealed record MeetingSlot(DateTimeOffset Start, int DurationMinutes, MeetingPlace Place, string? VideoUrl = null)
{
    /// <summary>End time.</summary>
    public DateTimeOffset End => Start.AddMinutes(DurationMinutes);
}
