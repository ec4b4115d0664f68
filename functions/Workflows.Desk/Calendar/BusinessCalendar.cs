namespace Workflows.Desk.Calendar;

/// <summary>
/// Business-day arithmetic in Europe/Rome: weekends, Italian national public holidays (Easter Monday included) and an
/// optional local patron-saint day are not business days.
/// </summary>
/// <remarks>
/// Deadlines keep the local time of day: a request sent Friday 24 October 2025 at 09:00 (+02:00) with two business days
/// falls on Tuesday 28 October at 09:00 (+01:00), across the clock change. All methods are pure.
/// </remarks>
public static class BusinessCalendar
{
    /// <summary>The Europe/Rome time zone.</summary>
    public static TimeZoneInfo Rome { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Rome");

    /// <summary>Easter Sunday of <paramref name="year"/> in the Gregorian calendar (anonymous computus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    /// <summary>
    /// True on the national public holidays: 1 and 6 January, Easter Sunday and Monday, 25 April, 1 May, 2 June,
    /// 15 August, 1 November, 8, 25 and 26 December.
    /// </summary>
    public static bool IsPublicHoliday(DateOnly date)
    {
        switch ((date.Month, date.Day))
        {
            case (1, 1) or (1, 6) or (4, 25) or (5, 1) or (6, 2) or (8, 15) or (11, 1) or (12, 8) or (12, 25) or (12, 26):
                return true;
        }

        if (date.Month is < 3 or > 4)
        {
            return false;
        }

        var easter = EasterSunday(date.Year);
        return date == easter || date == easter.AddDays(1);
    }

    /// <summary>
    /// The holiday <paramref name="date"/> falls on (a national public holiday, or the local
    /// <paramref name="patronDay"/>), or null on any other day, weekends included.
    /// </summary>
    public static Holiday? HolidayOn(DateOnly date, MonthDay? patronDay = null)
    {
        Holiday? fixedDay = (date.Month, date.Day) switch
        {
            (1, 1) => new("Capodanno", "New Year's Day"),
            (1, 6) => new("Epifania", "Epiphany"),
            (4, 25) => new("Festa della Liberazione", "Liberation Day"),
            (5, 1) => new("Festa del Lavoro", "Labour Day"),
            (6, 2) => new("Festa della Repubblica", "Republic Day"),
            (8, 15) => new("Ferragosto (Assunzione)", "Assumption Day"),
            (11, 1) => new("Ognissanti", "All Saints' Day"),
            (12, 8) => new("Immacolata Concezione", "Immaculate Conception"),
            (12, 25) => new("Natale", "Christmas Day"),
            (12, 26) => new("Santo Stefano", "St Stephen's Day"),
            _ => null,
        };
        if (fixedDay is not null)
        {
            return fixedDay;
        }

        if (date.Month is 3 or 4)
        {
            var easter = EasterSunday(date.Year);
            if (date == easter)
            {
                return new("Pasqua", "Easter Sunday");
            }

            if (date == easter.AddDays(1))
            {
                return new("Lunedì dell'Angelo (Pasquetta)", "Easter Monday");
            }
        }

        return patronDay is { } patron && patron.Matches(date) ? new("Festa patronale", "Patron saint's day") : null;
    }

    /// <summary>
    /// Moves a deadline computed from the moment someone acted to a business day at an hour of the working day
    /// (<see cref="WorkdayStart"/>–<see cref="WorkdayEnd"/>, Europe/Rome): an action at 04:06 gives a deadline at 09:00,
    /// one falling on a Saturday, a holiday or the patron day moves to the next business day at the same hour.
    /// </summary>
    public static DateTimeOffset Deadline(DateTimeOffset due, MonthDay? patronDay = null)
    {
        var local = ToRome(due).DateTime;
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        time = time < WorkdayStart ? WorkdayStart : time > WorkdayEnd ? WorkdayEnd : time;
        if (!IsBusinessDay(date, patronDay))
        {
            date = NextBusinessDay(date, patronDay);
        }

        return AtRome(date, time);
    }

    /// <summary>The earliest hour of a deadline (09:00 Europe/Rome).</summary>
    public static TimeOnly WorkdayStart { get; } = new(9, 0);

    /// <summary>The latest hour of a deadline (18:00 Europe/Rome).</summary>
    public static TimeOnly WorkdayEnd { get; } = new(18, 0);

    /// <summary>True on a public holiday or on the local <paramref name="patronDay"/>.</summary>
    public static bool IsHoliday(DateOnly date, MonthDay? patronDay = null) =>
        IsPublicHoliday(date) || (patronDay is { } patron && patron.Matches(date));

    /// <summary>True Monday to Friday when not a holiday.</summary>
    public static bool IsBusinessDay(DateOnly date, MonthDay? patronDay = null) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsHoliday(date, patronDay);

    /// <summary>The first business day strictly after <paramref name="date"/>.</summary>
    public static DateOnly NextBusinessDay(DateOnly date, MonthDay? patronDay = null)
    {
        var next = date.AddDays(1);
        while (!IsBusinessDay(next, patronDay))
        {
            next = next.AddDays(1);
        }

        return next;
    }

    /// <summary>
    /// Adds <paramref name="days"/> business days to <paramref name="from"/>, keeping its Europe/Rome time of day.
    /// Zero returns <paramref name="from"/> unchanged; the start day itself never counts.
    /// </summary>
    public static DateTimeOffset AddBusinessDays(DateTimeOffset from, int days, MonthDay? patronDay = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        if (days == 0)
        {
            return from;
        }

        var local = ToRome(from);
        var date = DateOnly.FromDateTime(local.DateTime);
        for (var i = 0; i < days; i++)
        {
            date = NextBusinessDay(date, patronDay);
        }

        return AtRome(date, TimeOnly.FromDateTime(local.DateTime));
    }

    /// <summary>Adds calendar days keeping the Europe/Rome time of day (a +3 days reminder stays at 09:00 across DST).</summary>
    public static DateTimeOffset AddCalendarDays(DateTimeOffset from, int days)
    {
        var local = ToRome(from);
        return AtRome(DateOnly.FromDateTime(local.DateTime).AddDays(days), TimeOnly.FromDateTime(local.DateTime));
    }

    /// <summary>The same instant with the Europe/Rome offset.</summary>
    public static DateTimeOffset ToRome(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Rome);

    /// <summary>The Europe/Rome calendar date of <paramref name="instant"/>.</summary>
    public static DateOnly RomeDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToRome(instant).DateTime);

    /// <summary>
    /// The instant of <paramref name="date"/> at local <paramref name="time"/> in Europe/Rome. A time skipped by the spring
    /// clock change moves one hour forward; a time repeated in autumn takes its first (summer-time) occurrence.
    /// </summary>
    public static DateTimeOffset AtRome(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (Rome.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = Rome.IsAmbiguousTime(local) ? Rome.GetAmbiguousTimeOffsets(local).Max() : Rome.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
