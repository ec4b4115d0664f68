using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>partner-meeting-confirmed</c>. To the partner's reviewers: the applicant confirmed a slot (invite attached).</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="PartnerName">The partner organisation.</param>
/// <param name="ApplicantName">The applicant's name.</param>
/// <param name="ApplicantEmail">The applicant's address, if any.</param>
/// <param name="ApplicantPhone">The applicant's phone, if any.</param>
/// <param name="Meeting">The meeting.</param>
/// <param name="DeskName">The desk's name.</param>
/// <param name="DeskAddress">The desk's street address.</param>
/// <param name="IsChange">True when it replaces an earlier appointment.</param>
/// <param name="Links">The actions offered as buttons.</param>
/// <param name="Invite">The calendar invite to attach.</param>
public sealed record PartnerMeetingConfirmedEmail(string RequestCode, string PartnerName, string ApplicantName, string? ApplicantEmail, string? ApplicantPhone, MeetingSlot Meeting, string DeskName, string DeskAddress, bool IsChange, EmailActions Links, ConvocationInvite Invite) : IEmailModel;
