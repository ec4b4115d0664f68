using Ical.Net;
using Ical.Net.CalendarComponents;
using Workflows.Desk.Email;
using Workflows.Desk.Invites;
using Calendar = Ical.Net.Calendar;

namespace Workflows.Host.Tests.Invites;

public sealed class IcsInviteTests
{
    private static readonly DateTimeOffset Stamp = new(2026, 10, 1, 8, 15, 0, TimeSpan.Zero);

    private static ConvocationInvite AtTheDesk() => new(
        Uid: "req-0123456789abcdefghjkmnpqrs@sportelli-innovazione.it",
        Sequence: 0,
        Cancelled: false,
        Start: new DateTimeOffset(2026, 3, 16, 10, 0, 0, TimeSpan.FromHours(1)),
        End: new DateTimeOffset(2026, 3, 16, 11, 0, 0, TimeSpan.FromHours(1)),
        Summary: "Sportello per l'innovazione: colloquio",
        Description: "Colloquio sulla richiesta SPI-2026-0042 (brevetto).",
        Location: "Municipio di Burolo, Piazza Municipio 1, 10010 Burolo (TO)",
        VideoUrl: null,
        OrganizerName: "Innovazione Canavese srl, Leinì",
        OrganizerEmail: "sportello@innovazione-leini.example",
        AttendeeEmail: "mario.rossi@example.org");

    private static CalendarEvent Parse(string ics, out Calendar calendar)
    {
        calendar = Calendar.Load(ics)!;
        return Assert.Single(calendar.Events);
    }

    [Fact]
    public void Given_a_new_convocation_then_the_invite_is_a_request_with_every_property()
    {
        var ics = IcsInvite.Build(AtTheDesk(), Stamp);
        var meeting = Parse(ics, out var calendar);

        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal("2.0", calendar.Version);
        Assert.Equal("req-0123456789abcdefghjkmnpqrs@sportelli-innovazione.it", meeting.Uid);
        Assert.Equal(0, meeting.Sequence);
        Assert.Equal("CONFIRMED", meeting.Status);
        Assert.Equal("Sportello per l'innovazione: colloquio", meeting.Summary);
        Assert.Equal("Municipio di Burolo, Piazza Municipio 1, 10010 Burolo (TO)", meeting.Location);
        Assert.Null(meeting.Url);
        Assert.Equal(new DateTime(2026, 10, 1, 8, 15, 0, DateTimeKind.Utc), meeting.DtStamp!.AsUtc);
        Assert.True(meeting.DtStamp.IsUtc);

        Assert.Equal("mailto:sportello@innovazione-leini.example", meeting.Organizer!.Value!.ToString());
        Assert.Equal("Innovazione Canavese srl, Leinì", meeting.Organizer.CommonName);
        var attendee = Assert.Single(meeting.Attendees);
        Assert.Equal("mailto:mario.rossi@example.org", attendee.Value!.ToString());
        Assert.True(attendee.Rsvp);
        Assert.Equal("REQ-PARTICIPANT", attendee.Role);
        Assert.Equal("NEEDS-ACTION", attendee.ParticipationStatus);

        Assert.Contains("METHOD:REQUEST\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("RSVP=TRUE", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_convocation_then_times_are_rome_wall_time_with_a_vtimezone()
    {
        var ics = IcsInvite.Build(AtTheDesk(), Stamp);
        var meeting = Parse(ics, out var calendar);

        Assert.Equal("Europe/Rome", meeting.DtStart!.TzId);
        Assert.Equal("Europe/Rome", meeting.DtEnd!.TzId);
        Assert.Equal(new DateTime(2026, 3, 16, 10, 0, 0), meeting.DtStart.Value);
        Assert.Equal(new DateTime(2026, 3, 16, 9, 0, 0, DateTimeKind.Utc), meeting.DtStart.AsUtc);
        Assert.Equal(new DateTime(2026, 3, 16, 10, 0, 0, DateTimeKind.Utc), meeting.DtEnd.AsUtc);
        Assert.Contains("DTSTART;TZID=Europe/Rome:20260316T100000\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Rome:20260316T110000\r\n", ics, StringComparison.Ordinal);

        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/Rome", zone.TzId);
        Assert.Contains(zone.TimeZoneInfos, i => i.Name == "STANDARD" && i.OffsetTo!.Offset == TimeSpan.FromHours(1));
        Assert.Contains(zone.TimeZoneInfos, i => i.Name == "DAYLIGHT" && i.OffsetTo!.Offset == TimeSpan.FromHours(2));
    }

    [Fact]
    public void Given_a_meeting_across_the_october_change_then_start_and_end_are_the_exact_instants()
    {
        // 25 October 2026, 03:00 CEST becomes 02:00 CET: from 01:30 CEST to 02:30 CET is two hours, and
        // 02:30 happens twice that night, so the end cannot be written as Rome wall time and is written in UTC.
        var invite = AtTheDesk() with
        {
            Start = new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.FromHours(2)),
            End = new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(1)),
        };
        var ics = IcsInvite.Build(invite, Stamp);
        var meeting = Parse(ics, out _);

        Assert.Equal("Europe/Rome", meeting.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 10, 25, 1, 30, 0), meeting.DtStart.Value);
        Assert.Equal(new DateTime(2026, 10, 24, 23, 30, 0, DateTimeKind.Utc), meeting.DtStart.AsUtc);
        Assert.True(meeting.DtEnd!.IsUtc);
        Assert.Contains("DTEND:20261025T013000Z\r\n", ics, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2026, 10, 25, 1, 30, 0, DateTimeKind.Utc), meeting.DtEnd.AsUtc);
        Assert.Equal(TimeSpan.FromHours(2), meeting.DtEnd.SubtractExact(meeting.DtStart));
    }

    [Fact]
    public void Given_a_meeting_in_the_first_pass_of_the_repeated_hour_then_rome_time_means_that_instant()
    {
        var invite = AtTheDesk() with
        {
            Start = new DateTimeOffset(2026, 10, 25, 0, 0, 0, TimeSpan.FromHours(2)),
            End = new DateTimeOffset(2026, 10, 25, 1, 0, 0, TimeSpan.FromHours(2)),
        };

        var meeting = Parse(IcsInvite.Build(invite, Stamp), out _);

        Assert.Equal(invite.Start.UtcDateTime, meeting.DtStart!.AsUtc);
        Assert.Equal(invite.End.UtcDateTime, meeting.DtEnd!.AsUtc);
    }

    [Fact]
    public void Given_meetings_before_and_after_the_october_change_then_the_same_wall_hour_is_kept()
    {
        var before = AtTheDesk() with
        {
            Start = new DateTimeOffset(2026, 10, 23, 10, 0, 0, TimeSpan.FromHours(2)),
            End = new DateTimeOffset(2026, 10, 23, 11, 0, 0, TimeSpan.FromHours(2)),
        };
        var after = before with
        {
            Start = new DateTimeOffset(2026, 10, 26, 10, 0, 0, TimeSpan.FromHours(1)),
            End = new DateTimeOffset(2026, 10, 26, 11, 0, 0, TimeSpan.FromHours(1)),
        };

        var first = Parse(IcsInvite.Build(before, Stamp), out _);
        var second = Parse(IcsInvite.Build(after, Stamp), out _);

        Assert.Equal(10, first.DtStart!.Hour);
        Assert.Equal(10, second.DtStart!.Hour);
        Assert.Equal(8, first.DtStart.AsUtc.Hour);
        Assert.Equal(9, second.DtStart.AsUtc.Hour);
    }

    [Fact]
    public void Given_a_rescheduled_meeting_then_the_uid_is_kept_and_the_sequence_raised()
    {
        var moved = AtTheDesk() with
        {
            Sequence = 1,
            Start = new DateTimeOffset(2026, 3, 18, 15, 0, 0, TimeSpan.FromHours(1)),
            End = new DateTimeOffset(2026, 3, 18, 16, 0, 0, TimeSpan.FromHours(1)),
        };

        var first = Parse(IcsInvite.Build(AtTheDesk(), Stamp), out _);
        var second = Parse(IcsInvite.Build(moved, Stamp.AddDays(1)), out var calendar);

        Assert.Equal(first.Uid, second.Uid);
        Assert.Equal(1, second.Sequence);
        Assert.Equal("REQUEST", calendar.Method);
        Assert.Equal(15, second.DtStart!.Hour);
    }

    [Fact]
    public void Given_a_cancelled_meeting_then_the_invite_is_a_cancel_with_status_cancelled()
    {
        var cancelled = AtTheDesk() with { Sequence = 2, Cancelled = true };

        var ics = IcsInvite.Build(cancelled, Stamp);
        var meeting = Parse(ics, out var calendar);

        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal("CANCELLED", meeting.Status);
        Assert.Equal(2, meeting.Sequence);
        Assert.Equal(AtTheDesk().Uid, meeting.Uid);
        Assert.Equal("CANCEL", IcsInvite.MethodOf(cancelled));
        Assert.Equal("text/calendar; method=CANCEL", IcsInvite.ContentType(cancelled));
        Assert.Equal("text/calendar; method=REQUEST", IcsInvite.ContentType(AtTheDesk()));
    }

    [Fact]
    public void Given_a_remote_meeting_then_the_video_link_is_in_location_url_and_description()
    {
        var remote = AtTheDesk() with { Location = null, VideoUrl = "https://meet.example.org/spi-2026-0042" };

        var meeting = Parse(IcsInvite.Build(remote, Stamp), out _);

        Assert.Equal("https://meet.example.org/spi-2026-0042", meeting.Location);
        Assert.Equal(new Uri("https://meet.example.org/spi-2026-0042"), meeting.Url);
        Assert.Contains("https://meet.example.org/spi-2026-0042", meeting.Description, StringComparison.Ordinal);
        Assert.StartsWith("Colloquio sulla richiesta SPI-2026-0042", meeting.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_same_invite_and_stamp_then_the_text_is_the_same_and_lines_are_folded()
    {
        var long_ = AtTheDesk() with { Description = string.Concat(Enumerable.Repeat("Descrizione lunga àèìòù. ", 20)) };

        var first = IcsInvite.Build(long_, Stamp);

        Assert.Equal(first, IcsInvite.Build(long_, Stamp));
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", first, StringComparison.Ordinal);
        Assert.All(first.Split("\r\n"), line => Assert.True(
            System.Text.Encoding.UTF8.GetByteCount(line) <= 75, $"line over 75 octets: {line}"));
        Assert.Equal(long_.Description, Parse(first, out _).Description);
    }

    [Fact]
    public void Given_an_end_before_the_start_then_building_is_refused()
    {
        var wrong = AtTheDesk() with { End = AtTheDesk().Start };

        Assert.Throws<ArgumentException>(() => IcsInvite.Build(wrong, Stamp));
    }
}
