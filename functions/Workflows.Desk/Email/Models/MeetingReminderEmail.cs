using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>meeting-reminder</c>. To the applicant: the meeting is in 48 or 24 hours.</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="ApplicantName">The applicant's name.</param>
/// <param name="ViaDesk">True when the applicant has no e-mail and the desk receives the mail on their behalf.</param>
/// <param name="PartnerName">The partner organisation.</param>
/// <param name="Meeting">The meeting.</param>
/// <param name="DeskName">The desk's name.</param>
/// <param name="DeskAddress">The desk's street address.</param>
/// <param name="HoursBefore">How many hours before the meeting this reminder comes.</param>
/// <param name="Links">The actions offered as buttons.</param>
public sealed record MeetingReminderEmail(string RequestCode, string ApplicantName, bool ViaDesk, string PartnerName, MeetingSlot Meeting, string DeskName, string DeskAddress, int HoursBefore, EmailActions Links) : IEmailModel;
