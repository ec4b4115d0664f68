using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>event-reminder</c>. To the registrant: the event is tomorrow.</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="RegistrantName">The registrant's name.</param>
/// <param name="EventTitle">The course or meeting title.</param>
/// <param name="Start">Start.</param>
/// <param name="End">End.</param>
/// <param name="Place">The venue, if in person.</param>
/// <param name="VideoUrl">The video link, if remote.</param>
/// <param name="OrganizerName">The organiser.</param>
/// <param name="Links">The actions offered as buttons.</param>
public sealed record EventReminderEmail(string RequestCode, string RegistrantName, string EventTitle, DateTimeOffset Start, DateTimeOffset End, string? Place, string? VideoUrl, string OrganizerName, EmailActions Links) : IEmailModel;
