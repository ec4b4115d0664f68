using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>desk-update</c>. To the desk: an important change of one of its requests.</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="DeskName">The desk's name.</param>
/// <param name="ApplicantName">The applicant's name.</param>
/// <param name="Change">What changed.</param>
/// <param name="PartnerName">The partner organisation.</param>
/// <param name="Meeting">The meeting.</param>
/// <param name="Note">An optional note.</param>
public sealed record DeskUpdateEmail(string RequestCode, string DeskName, string ApplicantName, DeskChange Change, string? PartnerName, MeetingSlot? Meeting, string? Note) : IEmailModel;
