using Workflows.Desk.Events;

namespace Workflows.Orchestration.Orchestrators;

/// <summary>A registration for a course or an information meeting (<see cref="EventRegistrationWorkflow"/>).</summary>
public sealed class EventRegistrationOrchestrator(TurnPolicy? policy = null) : DeciderOrchestrator(new EventRegistrationWorkflow(), policy);
