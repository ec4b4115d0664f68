using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>partner-review-request</c>. To the partner's reviewers: analyse the request (also the reminders).</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="PartnerName">The partner organisation.</param>
/// <param name="ApplicantKind">Citizen, business, young person, association or municipality.</param>
/// <param name="ApplicantName">The applicant's name.</param>
/// <param name="ApplicantEmail">The applicant's address, if any.</param>
/// <param name="ApplicantPhone">The applicant's phone, if any.</param>
/// <param name="PreferredContact">How the applicant prefers to meet.</param>
/// <param name="Category">The topic.</param>
/// <param name="Description">The request in the applicant's words.</param>
/// <param name="ComuneName">The applicant's comune.</param>
/// <param name="Province">Its province code.</param>
/// <param name="DeskName">The desk's name.</param>
/// <param name="DeskEmail">The desk's address.</param>
/// <param name="AssignmentReason">Why this partner has the request.</param>
/// <param name="AssignmentNote">The referral or reassignment note, if any.</param>
/// <param name="InfoExchanges">Questions and answers so far.</param>
/// <param name="DueAt">When the partner's deadline escalates to the coordinator.</param>
/// <param name="IsReminder">True when this is a reminder of an earlier mail.</param>
/// <param name="Links">The actions offered as buttons.</param>
public sealed record PartnerReviewRequestEmail(string RequestCode, string PartnerName, ApplicantKind ApplicantKind, string ApplicantName, string? ApplicantEmail, string? ApplicantPhone, ContactMode PreferredContact, Category Category, string Description, string ComuneName, string Province, string DeskName, string DeskEmail, AssignmentReason AssignmentReason, string? AssignmentNote, IReadOnlyList<InfoExchange> InfoExchanges, DateTimeOffset? DueAt, bool IsReminder, EmailActions Links) : IEmailModel;
