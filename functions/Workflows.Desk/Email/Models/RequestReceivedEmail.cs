using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>request-received</c>. To the applicant: the request was filed and where it went.</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="ApplicantName">The applicant's name.</param>
/// <param name="ViaDesk">True when the applicant has no e-mail and the desk receives the mail on their behalf.</param>
/// <param name="Category">The topic.</param>
/// <param name="DeskName">The desk's name.</param>
/// <param name="PartnerName">The partner organisation.</param>
/// <param name="Links">The actions offered as buttons.</param>
public sealed record RequestReceivedEmail(string RequestCode, string ApplicantName, bool ViaDesk, Category Category, string DeskName, string? PartnerName, EmailActions Links) : IEmailModel;
