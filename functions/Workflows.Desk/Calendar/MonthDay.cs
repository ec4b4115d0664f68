namespace Workflows.Desk.Calendar;

/// <summary>A day of the year without a year, e.g. 24 June for San Giovanni, Torino's patron saint.</summary>
/// <param name="Month">1–12.</param>
/// <param name="Day">1–31.</param>
public readonly record struct MonthDay(int Month, int Day)
{
    /// <summary>True when <paramref name="date"/> falls on this month and day.</summary>
    public bool Matches(DateOnly date) => date.Month == Month && date.Day == Day;
}
