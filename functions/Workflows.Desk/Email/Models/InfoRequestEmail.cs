using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>info-request</c>. To the applicant (or the desk): the partner asks for information.</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="ApplicantName">The applicant's name.</param>
/// <param name="ViaDesk">True when the applicant has no e-mail and the desk receives the mail on their behalf.</param>
/// <param name="PartnerName">The partner organisation.</param>
/// <param name="Question">The partner's question.</param>
/// <param name="IsReminder">True when this is a reminder of an earlier mail.</param>
/// <param name="Links">The actions offered as buttons.</param>
public sealed record InfoRequestEmail(string RequestCode, string ApplicantName, bool ViaDesk, string PartnerName, string Question, bool IsReminder, EmailActions Links) : IEmailModel;
