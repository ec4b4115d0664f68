using System.Text.Json;

namespace Workflows.Engine;

/// <summary>One row of an instance's append-only history: the audit trail.</summary>
/// <param name="Sequence">1-based position.</param>
/// <param name="Kind">Started, EventRaised, TimerFired, Suspended, Resumed, Terminated, Completed, Failed, Migrated.</param>
/// <param name="Name">The event or timer name, when any.</param>
/// <param name="Timestamp">When it was committed.</param>
/// <param name="CustomStatus">The business step after it.</param>
/// <param name="Payload">Event data or reason (may be truncated for very large payloads).</param>
public sealed record HistoryEvent(long Sequence, string Kind, string? Name, DateTimeOffset Timestamp, string? CustomStatus, JsonElement? Payload);
