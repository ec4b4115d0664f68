using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;

namespace Workflows.Desk.Email.Models;

/// <summary>Model of <c>quarterly-report</c>. To the coordinators: the quarter's figures.</summary>
/// <param name="RequestCode">The request's human code (for event registrations and reports: their own code).</param>
/// <param name="NetworkName">The network.</param>
/// <param name="Year">The year.</param>
/// <param name="Quarter">The quarter (1–4).</param>
/// <param name="From">First day of the quarter.</param>
/// <param name="To">Last day of the quarter.</param>
/// <param name="Total">Requests submitted in the quarter.</param>
/// <param name="ByComune">Requests per comune.</param>
/// <param name="ByPartner">Requests per partner.</param>
/// <param name="ByCategory">Requests per category.</param>
/// <param name="ByOutcome">Requests per outcome or final step.</param>
public sealed record QuarterlyReportEmail(string RequestCode, string NetworkName, int Year, int Quarter, DateOnly From, DateOnly To, int Total, IReadOnlyList<FigureRow> ByComune, IReadOnlyList<FigureRow> ByPartner, IReadOnlyList<FigureRow> ByCategory, IReadOnlyList<FigureRow> ByOutcome) : IEmailModel;
