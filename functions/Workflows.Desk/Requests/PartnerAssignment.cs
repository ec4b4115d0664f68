namespace Workflows.Desk.Requests;

/// <summary>One entry of the assignment history (never rewritten: reassignment appends).</summary>
/// <param name="PartnerId">The partner.</param>
/// <param name="Reason">Why it was assigned.</param>
/// <param name="At">When.</param>
/// <param name="Note">The referral or reassignment note, if any.</param>
public sealed record PartnerAssignment(string PartnerId, AssignmentReason Reason, DateTimeOffset At, string? Note = null);
