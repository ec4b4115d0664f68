namespace Workflows.Desk.Events;

/// <summary>The start input of <see cref="EventRegistrationWorkflow"/>: one person registering for a course or an information meeting.</summary>
/// <param name="RegistrationCode">Human code shown in the mails, e.g. <c>EV-2026-0007</c>.</param>
/// <param name="EventId">The event's id (groups registrations).</param>
/// <param name="EventTitle">Title, e.g. <c>Bandi per la transizione energetica: incontro informativo</c>.</param>
/// <param name="Start">Start.</param>
/// <param name="End">End.</param>
/// <param name="Place">Venue when in person.</param>
/// <param name="VideoUrl">Video link when remote.</param>
/// <param name="OrganizerName">Organiser (network or partner).</param>
/// <param name="OrganizerEmail">Organiser's address (invite organiser).</param>
/// <param name="RegistrantName">Who registers.</param>
/// <param name="RegistrantEmail">Their address.</param>
/// <param name="Culture"><c>it</c> or <c>en</c>.</param>
public sealed record EventRegistrationInput(
    string RegistrationCode,
    string EventId,
    string EventTitle,
    DateTimeOffset Start,
    DateTimeOffset End,
    string? Place,
    string? VideoUrl,
    string OrganizerName,
    string OrganizerEmail,
    string RegistrantName,
    string RegistrantEmail,
    string Culture = "it");
