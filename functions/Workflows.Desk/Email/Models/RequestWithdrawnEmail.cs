using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>request-withdrawn</c>. To the applicant: the withdrawal is confirmed.</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="ApplicantName">The applicant's name.</param>
/// <param name="ViaDesk">True when the applicant has no e-mail and the desk receives the mail on their behalf.</param>
/// <param name="DeskName">The desk's name.</param>
public sealed record RequestWithdrawnEmail(string RequestCode, string ApplicantName, bool ViaDesk, string DeskName) : IEmailModel;
