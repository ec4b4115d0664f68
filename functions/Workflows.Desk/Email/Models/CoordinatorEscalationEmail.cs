using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>coordinator-escalation</c>. To the coordinators: a partner is late.</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="NetworkName">The network.</param>
/// <param name="PartnerName">The partner organisation.</param>
/// <param name="Step">The step the request is stuck in.</param>
/// <param name="Since">When that step began.</param>
/// <param name="BusinessDays">Business days elapsed.</param>
/// <param name="Links">The actions offered as buttons.</param>
public sealed record CoordinatorEscalationEmail(string RequestCode, string NetworkName, string PartnerName, DeskRequestStep Step, DateTimeOffset Since, int BusinessDays, EmailActions Links) : IEmailModel;
