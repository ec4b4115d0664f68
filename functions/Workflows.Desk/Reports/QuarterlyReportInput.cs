using Workflows.Desk.Model;

namespace Workflows.Desk.Reports;

/// <summary>The start input of <see cref="QuarterlyReportWorkflow"/>: the network whose coordinators get the report.</summary>
/// <param name="Network">The network.</param>
public sealed record QuarterlyReportInput(Network Network);
