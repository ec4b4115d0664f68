namespace Workflows.Orchestration.Orchestrators;

/// <summary>
/// How hard a turn's effects are tried before the turn stalls, and how a stalled turn is tried again. The same on every
/// replay of a deployment (it is configuration, <c>TaskHub:Turns</c>, never state); the defaults are production's.
/// </summary>
public sealed record TurnPolicy
{
    /// <summary>Attempts of the turn's activity (Durable's retry policy) before the turn stalls: 8.</summary>
    public int ActivityAttempts { get; init; } = 8;

    /// <summary>The first wait between two attempts of the activity (doubling): 1 s.</summary>
    public TimeSpan FirstRetry { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two attempts of the activity: 1 minute.</summary>
    public TimeSpan MaxRetry { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The first wait of a stalled turn before it is tried again (doubling): 30 s.</summary>
    public TimeSpan FirstStallWait { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait of a stalled turn before it is tried again: 1 hour.</summary>
    public TimeSpan MaxStallWait { get; init; } = TimeSpan.FromHours(1);
}
