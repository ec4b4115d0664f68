using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Model;

/// <summary>The meeting length and the desk's office hours: one rule each, shared by the step rules and both partner pages.</summary>
public sealed class MeetingRulesTests
{
    [Theory]
    [InlineData(14, false)]
    [InlineData(15, true)]
    [InlineData(20, true)]
    [InlineData(480, true)]
    [InlineData(481, false)]
    public void Given_a_meeting_length_then_the_rule_allows_15_to_480_minutes(int minutes, bool allowed) =>
        Assert.Equal(allowed, DeskRequestRules.IsMeetingLength(minutes));

    [Theory]
    [InlineData(9, 0, 60, true)] // Monday 09:00-12:30 (Burolo)
    [InlineData(11, 30, 60, true)] // ends at closing
    [InlineData(12, 0, 60, false)] // ends after closing
    [InlineData(8, 30, 60, false)] // starts before opening
    [InlineData(15, 0, 30, false)] // Monday afternoon: closed
    public void Given_burolos_office_hours_then_a_meeting_at_the_desk_fits_only_inside_them(int hour, int minute, int minutes, bool open)
    {
        var desk = Catalogue.FindDesk("burolo")!;
        var start = Rome(2026, 3, 9, hour, minute); // a Monday

        Assert.Equal(open, desk.IsOpenDuring(start, start.AddMinutes(minutes)));
    }

    [Fact]
    public void Given_a_desk_without_office_hours_then_every_meeting_fits()
    {
        var desk = Catalogue.FindDesk("burolo")! with { OfficeHours = [] };

        Assert.True(desk.IsOpenDuring(Rome(2026, 3, 8, 22), Rome(2026, 3, 8, 23)));
    }

    [Fact]
    public void Given_a_desk_with_a_closure_then_a_meeting_is_refused_for_a_holiday_first_then_the_closure_then_the_hours()
    {
        // Burolo, closed 1 to 10 June 2026 (Republic Day, 2 June, falls inside); open Mondays 09:00-12:30.
        var desk = Catalogue.FindDesk("burolo")! with { Closures = [new DeskClosure(new(2026, 6, 1), new(2026, 6, 10), "lavori in municipio")] };

        Assert.Equal("Festa della Repubblica", desk.UnavailableDuring(Rome(2026, 6, 2, 10), Rome(2026, 6, 2, 11))?.Holiday?.ItalianName);
        Assert.Equal("lavori in municipio", desk.UnavailableDuring(Rome(2026, 6, 8, 10), Rome(2026, 6, 8, 11))?.Closure?.Reason);
        Assert.Equal(new DeskUnavailability(null, null, true), desk.UnavailableDuring(Rome(2026, 6, 15, 15), Rome(2026, 6, 15, 16)));
        Assert.Null(desk.UnavailableDuring(Rome(2026, 6, 15, 10), Rome(2026, 6, 15, 11)));
    }
}
