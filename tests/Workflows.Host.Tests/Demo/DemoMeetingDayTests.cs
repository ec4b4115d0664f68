using Workflows.Host.Demo;

namespace Workflows.Host.Tests.Demo;

public sealed class DemoMeetingDayTests
{
    [Theory]
    [InlineData(2026, 12, 2, 24, 2026, 12, 28)]
    [InlineData(2026, 12, 16, 10, 2026, 12, 28)]
    [InlineData(2026, 3, 2, 10, 2026, 3, 12)]
    [InlineData(2026, 3, 2, 12, 2026, 3, 16)]
    public void Given_the_demo_start_then_no_information_meeting_falls_on_a_holiday_or_weekend(int y, int m, int d, int days, int ey, int em, int ed)
    {
        Assert.Equal(new DateOnly(ey, em, ed), DemoSeeder.MeetingDay(new DateOnly(y, m, d), days));
    }
}
