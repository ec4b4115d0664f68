using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>event-registration-cancelled</c>. To the registrant: the registration is cancelled (CANCEL invite attached).</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="RegistrantName">The registrant's name.</param>
/// <param name="EventTitle">The course or meeting title.</param>
/// <param name="Start">Start.</param>
/// <param name="Invite">The calendar invite to attach.</param>
public sealed record EventRegistrationCancelledEmail(string RequestCode, string RegistrantName, string EventTitle, DateTimeOffset Start, ConvocationInvite Invite) : IEmailModel;
