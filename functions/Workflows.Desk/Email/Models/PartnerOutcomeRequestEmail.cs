using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>partner-outcome-request</c>. To the partner's reviewers: record the meeting's outcome.</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="PartnerName">The partner organisation.</param>
/// <param name="ApplicantName">The applicant's name.</param>
/// <param name="Meeting">The meeting.</param>
/// <param name="DueAt">When the partner's deadline escalates to the coordinator.</param>
/// <param name="IsReminder">True when this is a reminder of an earlier mail.</param>
/// <param name="Links">The actions offered as buttons.</param>
public sealed record PartnerOutcomeRequestEmail(string RequestCode, string PartnerName, string ApplicantName, MeetingSlot Meeting, DateTimeOffset? DueAt, bool IsReminder, EmailActions Links) : IEmailModel;
