using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>partner-notice</c>. To the partner's reviewers: the request left them (reassigned, withdrawn); nothing to do.</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="PartnerName">The partner organisation.</param>
/// <param name="Notice">What happened.</param>
/// <param name="Note">An optional note.</param>
public sealed record PartnerNoticeEmail(string RequestCode, string PartnerName, PartnerNoticeKind Notice, string? Note) : IEmailModel;
