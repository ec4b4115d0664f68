namespace Workflows.Desk.Model;

/// <summary>
/// Days a desk is closed beyond the public holidays and its comune's patron day (e.g. 10–21 August, "chiusura estiva"),
/// in Europe/Rome calendar dates, both ends included.
/// </summary>
/// <param name="From">The first closed day.</param>
/// <param name="To">The last closed day (the same as <paramref name="From"/> for one day).</param>
/// <param name="Reason">Why, as the coordinator wrote it (shown to the partner who picks a date).</param>
public sealed record DeskClosure(DateOnly From, DateOnly To, string Reason)
{
    /// <summary>True when <paramref name="date"/> falls within the closure.</summary>
    public bool Covers(DateOnly date) => date >= From && date <= To;
}
