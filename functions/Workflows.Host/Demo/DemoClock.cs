namespace Workflows.Host.Demo;

/// <summary>
/// The clock of the demo seed's own engine: set by hand to each moment of a request's invented past, so the history,
/// the deadlines and the creation dates read as if the network had been working for months.
/// </summary>
internal sealed class DemoClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Moves the clock to <paramref name="instant"/> (the seed drives one request at a time).</summary>
    public void Set(DateTimeOffset instant) => _now = instant.ToUniversalTime();
}
