namespace Workflows.Desk.Requests;

/// <summary>A partner declined the request.</summary>
/// <param name="PartnerId">The partner.</param>
/// <param name="Reason">Its reason.</param>
/// <param name="At">When.</param>
public sealed record PartnerDeclineRecord(string PartnerId, string Reason, DateTimeOffset At);
