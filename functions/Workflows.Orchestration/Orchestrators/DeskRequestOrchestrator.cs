using Workflows.Desk.Requests;

namespace Workflows.Orchestration.Orchestrators;

/// <summary>The desk request: intake, partner review, convocation, outcome and follow-up (<see cref="DeskRequestWorkflow"/>).</summary>
public sealed class DeskRequestOrchestrator(TurnPolicy? policy = null) : DeciderOrchestrator(new DeskRequestWorkflow(), policy);
