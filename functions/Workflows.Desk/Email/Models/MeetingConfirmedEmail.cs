using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>meeting-confirmed</c>. To the applicant: the appointment is fixed (invite attached).</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="ApplicantName">The applicant's name.</param>
/// <param name="ViaDesk">True when the applicant has no e-mail and the desk receives the mail on their behalf.</param>
/// <param name="PartnerName">The partner organisation.</param>
/// <param name="Meeting">The meeting.</param>
/// <param name="DeskName">The desk's name.</param>
/// <param name="DeskAddress">The desk's street address.</param>
/// <param name="IsChange">True when it replaces an earlier appointment.</param>
/// <param name="IsReminder">True when this is a reminder of an earlier mail.</param>
/// <param name="Links">The actions offered as buttons.</param>
/// <param name="Invite">The calendar invite to attach.</param>
public sealed record MeetingConfirmedEmail(string RequestCode, string ApplicantName, bool ViaDesk, string PartnerName, MeetingSlot Meeting, string DeskName, string DeskAddress, bool IsChange, bool IsReminder, EmailActions Links, ConvocationInvite Invite) : IEmailModel;
