using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>coordinator-triage</c>. To the coordinators: no partner matches; assign one.</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="NetworkName">The network.</param>
/// <param name="ComuneName">The applicant's comune.</param>
/// <param name="Province">Its province code.</param>
/// <param name="DeskName">The desk's name.</param>
/// <param name="ApplicantKind">Citizen, business, young person, association or municipality.</param>
/// <param name="Category">The topic.</param>
/// <param name="Description">The request in the applicant's words.</param>
/// <param name="IsReminder">True when this is a reminder of an earlier mail.</param>
/// <param name="Links">The actions offered as buttons.</param>
public sealed record CoordinatorTriageEmail(string RequestCode, string NetworkName, string ComuneName, string Province, string DeskName, ApplicantKind ApplicantKind, Category Category, string Description, bool IsReminder, EmailActions Links) : IEmailModel;
