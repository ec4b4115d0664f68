using System.Globalization;
using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Workflows.Desk.Email;

namespace Workflows.Desk.Invites;

/// <summary>
/// Writes the RFC 5545 invite of a convocation: <c>METHOD:REQUEST</c> for a new or moved meeting,
/// <c>METHOD:CANCEL</c> (<c>STATUS:CANCELLED</c>) for a cancelled one.
/// </summary>
/// <remarks>
/// Calendar clients match updates by <c>UID</c> and order them by <c>SEQUENCE</c>, so the caller keeps the UID
/// stable for the meeting and raises the sequence on every change. Times are written as local Europe/Rome wall
/// time with <c>TZID</c> and a <c>VTIMEZONE</c> component, so the meeting stays at the agreed hour on the desk's
/// clock across the daylight-saving change, whatever the attendee's own zone.
/// </remarks>
public static class IcsInvite
{
    /// <summary>The IANA id of the desks' time zone.</summary>
    public const string TimeZoneId = "Europe/Rome";

    /// <summary>The MIME type of the attachment for <paramref name="invite"/>, with its method parameter.</summary>
    public static string ContentType(ConvocationInvite invite)
    {
        ArgumentNullException.ThrowIfNull(invite);
        return "text/calendar; method=" + MethodOf(invite);
    }

    /// <summary>The iTIP method of <paramref name="invite"/>: <c>REQUEST</c> or <c>CANCEL</c>.</summary>
    public static string MethodOf(ConvocationInvite invite)
    {
        ArgumentNullException.ThrowIfNull(invite);
        return invite.Cancelled ? "CANCEL" : "REQUEST";
    }

    /// <summary>
    /// Builds the invite stamped with the system clock. Code that has a <see cref="TimeProvider"/> (the outbox
    /// dispatcher does) calls <see cref="Build(ConvocationInvite, DateTimeOffset)"/> with its time instead.
    /// </summary>
    public static string Build(ConvocationInvite invite) => Build(invite, TimeProvider.System.GetUtcNow());

    /// <summary>
    /// Builds the invite stamped (<c>DTSTAMP</c>) with <paramref name="stampedAt"/>, the time the message is made.
    /// Pure: the same arguments give the same text.
    /// </summary>
    /// <returns>The iCalendar text, CRLF line endings, lines folded at 75 octets.</returns>
    public static string Build(ConvocationInvite invite, DateTimeOffset stampedAt)
    {
        ArgumentNullException.ThrowIfNull(invite);
        ArgumentException.ThrowIfNullOrWhiteSpace(invite.Uid);
        ArgumentException.ThrowIfNullOrWhiteSpace(invite.OrganizerEmail);
        ArgumentException.ThrowIfNullOrWhiteSpace(invite.AttendeeEmail);
        ArgumentOutOfRangeException.ThrowIfNegative(invite.Sequence);
        if (invite.End <= invite.Start)
        {
            throw new ArgumentException("The meeting must end after it starts.", nameof(invite));
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        var calendar = new global::Ical.Net.Calendar
        {
            ProductId = "-//Sportelli per l'innovazione//Workflows//IT",
            Method = MethodOf(invite),
        };

        // Only the rules from a year before the meeting: enough for any client, and the text stays small.
        calendar.AddTimeZone(TimeZoneId, invite.Start.UtcDateTime.AddYears(-1), includeHistoricalData: false);

        var meeting = new CalendarEvent
        {
            Uid = invite.Uid,
            Sequence = invite.Sequence,
            DtStamp = new CalDateTime(stampedAt.UtcDateTime, CalDateTime.UtcTzId),
            DtStart = InRome(invite.Start, zone),
            DtEnd = InRome(invite.End, zone),
            Summary = invite.Summary,
            Description = DescriptionOf(invite),
            Location = invite.Location ?? invite.VideoUrl,
            Status = invite.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            Transparency = TransparencyType.Opaque,
            Organizer = new Organizer("mailto:" + invite.OrganizerEmail.Trim())
            {
                CommonName = invite.OrganizerName,
            },
        };

        if (invite.VideoUrl is not null && Uri.TryCreate(invite.VideoUrl, UriKind.Absolute, out var videoUrl))
        {
            meeting.Url = videoUrl;
        }

        meeting.Attendees.Add(new Attendee("mailto:" + invite.AttendeeEmail.Trim())
        {
            Role = ParticipationRole.RequiredParticipant,
            ParticipationStatus = EventParticipationStatus.NeedsAction,
            Rsvp = !invite.Cancelled,
        });
        calendar.Events.Add(meeting);

        return new CalendarSerializer().SerializeToString(calendar)
            ?? throw new InvalidOperationException("The calendar could not be serialised.");
    }

    private static CalDateTime InRome(DateTimeOffset instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime;
        if (zone.IsAmbiguousTime(local))
        {
            // In the hour repeated at the end of summer time (02:00-03:00 in late October) a local time with TZID
            // means its first occurrence (RFC 5545, 3.3.5): the exact instant is written in UTC instead.
            return new CalDateTime(instant.UtcDateTime, CalDateTime.UtcTzId);
        }

        return new CalDateTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeZoneId);
    }

    private static string DescriptionOf(ConvocationInvite invite)
    {
        if (invite.VideoUrl is null)
        {
            return invite.Description;
        }

        // Some clients show neither URL nor LOCATION prominently: the link goes in the text too.
        var text = new StringBuilder(invite.Description);
        if (text.Length > 0)
        {
            text.Append("\n\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"Collegamento video / Video link: {invite.VideoUrl}");
        return text.ToString();
    }
}
