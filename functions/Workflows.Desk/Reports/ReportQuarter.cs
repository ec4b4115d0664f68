using System.Globalization;

namespace Workflows.Desk.Reports;

/// <summary>A calendar quarter, e.g. 2026-Q1 (1 January – 31 March 2026).</summary>
/// <param name="Year">The year.</param>
/// <param name="Number">1–4.</param>
public sealed record ReportQuarter(int Year, int Number)
{
    /// <summary>First day.</summary>
    public DateOnly FirstDay => new(Year, ((Number - 1) * 3) + 1, 1);

    /// <summary>Last day.</summary>
    public DateOnly LastDay => FirstDay.AddMonths(3).AddDays(-1);

    /// <summary>The quarter containing <paramref name="date"/>.</summary>
    public static ReportQuarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    /// <summary>The following quarter.</summary>
    public ReportQuarter Next() => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    /// <summary>"2026-Q1".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}");
}
