using System.Text.Json;

namespace Workflows.Host.Runtime;

/// <summary>One entry of an instance's domain timeline: what happened, when, and the step after it.</summary>
/// <param name="Sequence">1-based position.</param>
/// <param name="Kind">Started, EventRaised, TimerFired, Suspended, Resumed, Terminated, Completed, Failed, Migrated.</param>
/// <param name="Name">The event or timer name, when any.</param>
/// <param name="Timestamp">When it happened (domain time).</param>
/// <param name="CustomStatus">The business step after it.</param>
/// <param name="Payload">Event data or reason.</param>
public sealed record TimelineEntry(long Sequence, string Kind, string? Name, DateTimeOffset Timestamp, string? CustomStatus, JsonElement? Payload);
