using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>convocation</c>. To the applicant: the partner convenes them; one button per slot.</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="ApplicantName">The applicant's name.</param>
/// <param name="ViaDesk">True when the applicant has no e-mail and the desk receives the mail on their behalf.</param>
/// <param name="PartnerName">The partner organisation.</param>
/// <param name="Slots">The proposed slots, numbered from 1.</param>
/// <param name="DeskName">The desk's name.</param>
/// <param name="DeskAddress">The desk's street address.</param>
/// <param name="OfficeHours">The desk's office hours.</param>
/// <param name="ExpiresAt">When the proposal expires.</param>
/// <param name="IsChange">True when it replaces an earlier appointment.</param>
/// <param name="IsReminder">True when this is a reminder of an earlier mail.</param>
/// <param name="Links">The actions offered as buttons.</param>
public sealed record ConvocationEmail(string RequestCode, string ApplicantName, bool ViaDesk, string PartnerName, IReadOnlyList<MeetingSlot> Slots, string DeskName, string DeskAddress, IReadOnlyList<OfficeHours> OfficeHours, DateTimeOffset ExpiresAt, bool IsChange, bool IsReminder, EmailActions Links) : IEmailModel;
