using Workflows.Desk.Reports;

namespace Workflows.Orchestration.Orchestrators;

/// <summary>The quarterly working-group report of a network (<see cref="QuarterlyReportWorkflow"/>).</summary>
public sealed class QuarterlyReportOrchestrator(TurnPolicy? policy = null) : DeciderOrchestrator(new QuarterlyReportWorkflow(), policy);
