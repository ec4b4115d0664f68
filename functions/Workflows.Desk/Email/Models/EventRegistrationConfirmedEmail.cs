using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>event-registration-confirmed</c>. To the registrant: registration confirmed (invite attached).</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="RegistrantName">The registrant's name.</param>
/// <param name="EventTitle">The course or meeting title.</param>
/// <param name="Start">Start.</param>
/// <param name="End">End.</param>
/// <param name="Place">The venue, if in person.</param>
/// <param name="VideoUrl">The video link, if remote.</param>
/// <param name="OrganizerName">The organiser.</param>
/// <param name="Links">The actions offered as buttons.</param>
/// <param name="Invite">The calendar invite to attach.</param>
public sealed record EventRegistrationConfirmedEmail(string RequestCode, string RegistrantName, string EventTitle, DateTimeOffset Start, DateTimeOffset End, string? Place, string? VideoUrl, string OrganizerName, EmailActions Links, ConvocationInvite Invite) : IEmailModel;
