using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Workflows.Engine;

/// <summary>The engine's traces and metrics (names to subscribe to in OpenTelemetry).</summary>
public static class EngineTelemetry
{
    /// <summary>The ActivitySource and Meter name.</summary>
    public const string Name = "Workflows.Engine";

    internal static readonly ActivitySource Source = new(Name);
    internal static readonly Meter Meter = new(Name);

    internal static readonly Counter<long> Transitions = Meter.CreateCounter<long>("workflow.transitions", description: "Committed transitions");
    internal static readonly Counter<long> Conflicts = Meter.CreateCounter<long>("workflow.conflicts", description: "Optimistic-concurrency conflicts re-decided");
    internal static readonly Counter<long> Dispatched = Meter.CreateCounter<long>("workflow.outbox.dispatched", description: "Outbox items sent");
    internal static readonly Counter<long> DispatchFailures = Meter.CreateCounter<long>("workflow.outbox.failures", description: "Outbox send failures");
    internal static readonly Counter<long> Poisoned = Meter.CreateCounter<long>("workflow.poisoned", description: "Work items moved to the poison queue");
    internal static readonly Histogram<double> TimerLateness = Meter.CreateHistogram<double>("workflow.timer.lateness", "ms", "How late a durable timer fired");
    internal static readonly Histogram<double> TransitionDuration = Meter.CreateHistogram<double>("workflow.transition.duration", "ms", "Load, decide and commit");
}
