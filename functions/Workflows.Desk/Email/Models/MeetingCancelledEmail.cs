using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>meeting-cancelled</c>. To the applicant and the partner: the meeting is cancelled (CANCEL invite attached).</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="RecipientName">Whom the mail greets.</param>
/// <param name="PartnerName">The partner organisation.</param>
/// <param name="Meeting">The meeting.</param>
/// <param name="CancelledBy">Who cancelled.</param>
/// <param name="Reason">Why.</param>
/// <param name="RequestContinues">True when the request goes on (a new date will follow); false when it ends.</param>
/// <param name="Invite">The calendar invite to attach.</param>
/// <param name="ToPartner">True for the partner's copy (the partner proposes the new dates, addressed with "voi").</param>
public sealed record MeetingCancelledEmail(string RequestCode, string RecipientName, string PartnerName, MeetingSlot Meeting, MeetingParty CancelledBy, string? Reason, bool RequestContinues, ConvocationInvite Invite, bool ToPartner = false) : IEmailModel;
