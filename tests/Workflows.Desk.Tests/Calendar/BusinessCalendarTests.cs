using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Workflows.Desk.Calendar;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Calendar;

public sealed class BusinessCalendarTests
{
    [Theory]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    [InlineData(2285, 3, 22)]
    public void Given_a_year_when_computing_Easter_then_it_is_the_known_Sunday(int year, int month, int day)
    {
        var easter = BusinessCalendar.EasterSunday(year);

        Assert.Equal(new DateOnly(year, month, day), easter);
        Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
    }

    [Theory]
    [InlineData(2026, 1, 1)]
    [InlineData(2026, 1, 6)]
    [InlineData(2026, 4, 5)]
    [InlineData(2026, 4, 6)]
    [InlineData(2026, 4, 25)]
    [InlineData(2026, 5, 1)]
    [InlineData(2026, 6, 2)]
    [InlineData(2026, 8, 15)]
    [InlineData(2026, 11, 1)]
    [InlineData(2026, 12, 8)]
    [InlineData(2026, 12, 25)]
    [InlineData(2026, 12, 26)]
    [InlineData(2025, 4, 21)]
    public void Given_a_national_holiday_then_it_is_a_holiday(int year, int month, int day) =>
        Assert.True(BusinessCalendar.IsPublicHoliday(new DateOnly(year, month, day)));

    [Theory]
    [InlineData(2026, 4, 7)]
    [InlineData(2026, 6, 24)]
    [InlineData(2026, 11, 2)]
    [InlineData(2026, 12, 24)]
    [InlineData(2026, 3, 30)]
    public void Given_an_ordinary_day_then_it_is_not_a_holiday(int year, int month, int day) =>
        Assert.False(BusinessCalendar.IsPublicHoliday(new DateOnly(year, month, day)));

    [Fact]
    public void Given_Torino_patron_day_then_24_June_is_a_holiday_there_only()
    {
        var sanGiovanni = new DateOnly(2026, 6, 24);

        Assert.True(BusinessCalendar.IsBusinessDay(sanGiovanni));
        Assert.False(BusinessCalendar.IsBusinessDay(sanGiovanni, new MonthDay(6, 24)));
    }

    [Fact]
    public void Given_the_Thursday_before_Easter_when_adding_two_business_days_then_Easter_Monday_is_skipped()
    {
        var thursday = Rome(2026, 4, 2, 9);

        var due = BusinessCalendar.AddBusinessDays(thursday, 2);

        Assert.Equal(Rome(2026, 4, 7, 9), due);
        Assert.Equal(DayOfWeek.Tuesday, due.DayOfWeek);
    }

    [Fact]
    public void Given_the_day_before_Ferragosto_when_adding_one_business_day_then_the_next_Monday()
    {
        var thursday = Rome(2025, 8, 14, 16, 30);

        Assert.Equal(Rome(2025, 8, 18, 16, 30), BusinessCalendar.AddBusinessDays(thursday, 1));
    }

    [Fact]
    public void Given_25_April_on_a_Friday_when_adding_one_business_day_from_Thursday_then_Monday()
    {
        Assert.Equal(DayOfWeek.Friday, new DateOnly(2025, 4, 25).DayOfWeek);

        Assert.Equal(Rome(2025, 4, 28, 11), BusinessCalendar.AddBusinessDays(Rome(2025, 4, 24, 11), 1));
    }

    [Fact]
    public void Given_the_October_clock_change_when_adding_business_days_then_09_00_local_stays_09_00()
    {
        var friday = new DateTimeOffset(2025, 10, 24, 9, 0, 0, TimeSpan.FromHours(2));

        var due = BusinessCalendar.AddBusinessDays(friday, 2);

        Assert.Equal(new DateTimeOffset(2025, 10, 28, 9, 0, 0, TimeSpan.FromHours(1)), due);
        Assert.Equal(TimeSpan.FromHours(1), due.Offset);
        Assert.Equal(new DateTime(2025, 10, 28, 8, 0, 0, DateTimeKind.Utc), due.UtcDateTime);
    }

    [Fact]
    public void Given_the_March_clock_change_when_adding_business_days_then_09_00_local_stays_09_00()
    {
        var friday = new DateTimeOffset(2026, 3, 27, 9, 0, 0, TimeSpan.FromHours(1));

        var due = BusinessCalendar.AddBusinessDays(friday, 1);

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 9, 0, 0, TimeSpan.FromHours(2)), due);
    }

    [Fact]
    public void Given_an_instant_in_UTC_when_adding_business_days_then_the_Rome_time_of_day_is_kept()
    {
        // 23:30 UTC on Monday is 00:30 on Tuesday in Rome: the count starts from Tuesday.
        var mondayNightUtc = new DateTimeOffset(2026, 3, 2, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(Rome(2026, 3, 4, 0, 30), BusinessCalendar.AddBusinessDays(mondayNightUtc, 1));
    }

    [Fact]
    public void Given_a_patron_day_when_adding_business_days_then_it_is_skipped()
    {
        Assert.Equal(Rome(2026, 6, 25), BusinessCalendar.AddBusinessDays(Rome(2026, 6, 23), 1, new MonthDay(6, 24)));
        Assert.Equal(Rome(2026, 6, 24), BusinessCalendar.AddBusinessDays(Rome(2026, 6, 23), 1));
    }

    [Fact]
    public void Given_zero_days_then_the_instant_is_unchanged_and_negative_days_are_refused()
    {
        var saturday = Rome(2026, 3, 7);

        Assert.Equal(saturday, BusinessCalendar.AddBusinessDays(saturday, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => BusinessCalendar.AddBusinessDays(saturday, -1));
    }

    [Fact]
    public void Given_calendar_days_across_the_clock_change_then_the_local_time_is_kept()
    {
        var before = Rome(2025, 10, 20, 9);

        var after = BusinessCalendar.AddCalendarDays(before, 10);

        Assert.Equal(Rome(2025, 10, 30, 9), after);
        Assert.Equal(TimeSpan.FromHours(241), after - before);
    }

    [Fact]
    public void Given_a_local_time_skipped_by_the_spring_change_then_it_moves_one_hour_later()
    {
        var skipped = BusinessCalendar.AtRome(new DateOnly(2026, 3, 29), new TimeOnly(2, 30));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 3, 30, 0, TimeSpan.FromHours(2)), skipped);
    }

    [Fact]
    public void Given_the_last_day_of_the_year_then_the_next_business_day_skips_New_Year_and_the_weekend()
    {
        Assert.Equal(new DateOnly(2026, 1, 2), BusinessCalendar.NextBusinessDay(new DateOnly(2025, 12, 31)));
        Assert.Equal(new DateOnly(2027, 1, 4), BusinessCalendar.NextBusinessDay(new DateOnly(2026, 12, 31)));
    }

    [Property(MaxTest = 300)]
    public Property Adding_business_days_gives_a_business_day_strictly_later_at_the_same_local_time()
    {
        var starts = Gen.Choose(0, 365 * 12).Select(d => new DateOnly(2020, 1, 1).AddDays(d));
        var times = Gen.Choose(0, (24 * 4) - 1).Select(q => new TimeOnly(q / 4, q % 4 * 15));
        var days = Gen.Choose(1, 30);
        var patron = Gen.Elements<MonthDay?>(null, new MonthDay(6, 24), new MonthDay(11, 10));
        var cases = from d in starts from t in times from n in days from p in patron select (d, t, n, p);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var from = BusinessCalendar.AtRome(c.d, c.t);
            var due = BusinessCalendar.AddBusinessDays(from, c.n, c.p);
            var dueDate = BusinessCalendar.RomeDate(due);
            var businessDaysBetween = Enumerable.Range(1, dueDate.DayNumber - c.d.DayNumber)
                .Count(i => BusinessCalendar.IsBusinessDay(c.d.AddDays(i), c.p));
            return due > from
                && BusinessCalendar.IsBusinessDay(dueDate, c.p)
                && TimeOnly.FromDateTime(BusinessCalendar.ToRome(due).DateTime) == TimeOnly.FromDateTime(BusinessCalendar.ToRome(from).DateTime)
                && businessDaysBetween == c.n;
        });
    }

    [Property(MaxTest = 200)]
    public Property Adding_more_business_days_never_gives_an_earlier_date()
    {
        var cases = from d in Gen.Choose(0, 3650) from n in Gen.Choose(0, 40) select (d, n);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var from = BusinessCalendar.AtRome(new DateOnly(2022, 1, 1).AddDays(c.d), new TimeOnly(9, 0));
            return BusinessCalendar.AddBusinessDays(from, c.n + 1) > BusinessCalendar.AddBusinessDays(from, c.n);
        });
    }

    [Theory]
    [InlineData(2026, 12, 8, "Immacolata Concezione")]
    [InlineData(2026, 12, 26, "Santo Stefano")]
    [InlineData(2026, 4, 6, "Lunedì dell'Angelo (Pasquetta)")]
    [InlineData(2026, 6, 24, "Festa patronale")]
    public void Given_a_holiday_then_it_is_named(int year, int month, int day, string name)
    {
        Assert.Equal(name, BusinessCalendar.HolidayOn(new DateOnly(year, month, day), new MonthDay(6, 24))?.ItalianName);
    }

    [Fact]
    public void Given_an_ordinary_Saturday_then_it_is_no_holiday_by_name()
    {
        Assert.Null(BusinessCalendar.HolidayOn(new DateOnly(2026, 3, 7)));
        Assert.Null(BusinessCalendar.HolidayOn(new DateOnly(2026, 6, 24)));
    }

    [Theory]
    [InlineData(4, 6, 9, 9, 0)]
    [InlineData(11, 30, 9, 11, 30)]
    [InlineData(21, 15, 9, 18, 0)]
    public void Given_a_deadline_on_a_business_day_then_it_is_kept_within_the_working_day(int hour, int minute, int day, int expectedHour, int expectedMinute)
    {
        var due = BusinessCalendar.Deadline(Rome(2026, 3, 9, hour, minute));

        Assert.Equal(Rome(2026, 3, day, expectedHour, expectedMinute), due);
    }

    [Fact]
    public void Given_a_deadline_on_Santo_Stefano_a_Saturday_then_it_moves_to_Monday_28_December()
    {
        Assert.Equal(Rome(2026, 12, 28, 9), BusinessCalendar.Deadline(Rome(2026, 12, 26, 4, 6)));
    }
}
