using Workflows.Orchestration.Orchestrators;

namespace Workflows.Orchestration.Tests;

/// <summary>The generic host over the sample workflow.</summary>
public sealed class CounterOrchestrator() : DeciderOrchestrator(new CounterWorkflow());
