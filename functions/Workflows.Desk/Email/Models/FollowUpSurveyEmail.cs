using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>follow-up-survey</c>. To the applicant: the follow-up survey (+30 and +90 days).</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="ApplicantName">The applicant's name.</param>
/// <param name="ViaDesk">True when the applicant has no e-mail and the desk receives the mail on their behalf.</param>
/// <param name="PartnerName">The partner organisation.</param>
/// <param name="Round">30 or 90 (days after the meeting).</param>
/// <param name="IsReminder">True when this is a reminder of an earlier mail.</param>
/// <param name="Links">The actions offered as buttons.</param>
public sealed record FollowUpSurveyEmail(string RequestCode, string ApplicantName, bool ViaDesk, string PartnerName, int Round, bool IsReminder, EmailActions Links) : IEmailModel;
