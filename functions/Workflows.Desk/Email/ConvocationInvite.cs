namespace Workflows.Desk.Email;

/// <summary>
/// An RFC 5545 meeting invite attached to a convocation e-mail (JSON property <c>invite</c> of the model).
/// </summary>
/// <param name="Uid">Stable for the meeting across changes (derived from the request).</param>
/// <param name="Sequence">0 for the first invite, +1 on every reschedule or cancel.</param>
/// <param name="Cancelled">True sends <c>METHOD:CANCEL</c>; otherwise <c>METHOD:REQUEST</c>.</param>
/// <param name="Start">Start (any offset; written in Europe/Rome with VTIMEZONE).</param>
/// <param name="End">End.</param>
/// <param name="Summary">Title.</param>
/// <param name="Description">Plain-text description.</param>
/// <param name="Location">The desk's address, or null when remote.</param>
/// <param name="VideoUrl">The video-call link when remote.</param>
/// <param name="OrganizerName">The partner organisation.</param>
/// <param name="OrganizerEmail">The partner's reviewer address.</param>
/// <param name="AttendeeEmail">The applicant's (or the desk's) address.</param>
public sealed record ConvocationInvite(
    string Uid,
    int Sequence,
    bool Cancelled,
    DateTimeOffset Start,
    DateTimeOffset End,
    string Summary,
    string Description,
    string? Location,
    string? VideoUrl,
    string OrganizerName,
    string OrganizerEmail,
    string AttendeeEmail);
