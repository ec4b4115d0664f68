namespace Workflows.Desk.Steps;

/// <summary>A durable timer the current step has scheduled and not yet seen fire or cancelled.</summary>
/// <param name="Name">Timer name, e.g. <c>partner-reminder-1</c>.</param>
/// <param name="DueAt">When it is due.</param>
public sealed record ActiveTimer(string Name, DateTimeOffset DueAt);
