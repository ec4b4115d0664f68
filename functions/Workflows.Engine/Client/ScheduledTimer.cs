namespace Workflows.Engine;

/// <summary>A pending durable timer of an instance.</summary>
/// <param name="Name">The decider's name for it.</param>
/// <param name="DueAt">When it fires.</param>
public sealed record ScheduledTimer(string Name, DateTimeOffset DueAt);
