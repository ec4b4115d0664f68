namespace Workflows.Desk.Model;

/// <summary>One opening slot of a desk, in Europe/Rome local time (e.g. Tuesday 09:00–12:00).</summary>
/// <param name="Day">The day of the week.</param>
/// <param name="From">Opening time.</param>
/// <param name="To">Closing time.</param>
public sealed record OfficeHours(DayOfWeek Day, TimeOnly From, TimeOnly To)
{
    /// <summary>True when the local interval [<paramref name="start"/>, <paramref name="end"/>] lies inside these hours.</summary>
    public bool Covers(DateTime start, DateTime end) =>
        start.DayOfWeek == Day && end.Date == start.Date
        && TimeOnly.FromDateTime(start) >= From && TimeOnly.FromDateTime(end) <= To;
}
