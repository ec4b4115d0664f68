using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>partner-slots-request</c>. To the partner's reviewers: propose 1–3 appointment slots.</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="PartnerName">The partner organisation.</param>
/// <param name="ApplicantName">The applicant's name.</param>
/// <param name="PreferredContact">How the applicant prefers to meet.</param>
/// <param name="Reason">Why.</param>
/// <param name="Note">An optional note.</param>
/// <param name="DeskName">The desk's name.</param>
/// <param name="DeskAddress">The desk's street address.</param>
/// <param name="OfficeHours">The desk's office hours.</param>
/// <param name="DueAt">When the partner's deadline escalates to the coordinator.</param>
/// <param name="IsReminder">True when this is a reminder of an earlier mail.</param>
/// <param name="Links">The actions offered as buttons.</param>
public sealed record PartnerSlotsRequestEmail(string RequestCode, string PartnerName, string ApplicantName, ContactMode PreferredContact, SchedulingReason Reason, string? Note, string DeskName, string DeskAddress, IReadOnlyList<OfficeHours> OfficeHours, DateTimeOffset? DueAt, bool IsReminder, EmailActions Links) : IEmailModel;
