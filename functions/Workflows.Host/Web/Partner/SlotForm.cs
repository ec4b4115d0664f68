using System.Globalization;
using Workflows.Desk.Calendar;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Host.Web.Desk;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Partner;

/// <summary>
/// Reads the 1–3 slot rows of the propose-slots form into meeting slots, with a message per field for what the
/// workflow would refuse: a slot in the past, a length out of range, a remote slot without a web link, a slot at the
/// desk on a holiday or one of the desk's closures (named) or outside its office hours, two slots at the same time.
/// </summary>
public static class SlotForm
{
    /// <summary>Rows the form shows.</summary>
    public const int Rows = DeskRequestRules.MaxSlots;

    /// <summary>The id of a field of row <paramref name="row"/> (1-based), e.g. <c>slot1-date</c>.</summary>
    public static string FieldId(int row, string field) => string.Create(CultureInfo.InvariantCulture, $"slot{row}-{field}");

    /// <summary>The slots typed, or null with <paramref name="errors"/> filled.</summary>
    public static IReadOnlyList<MeetingSlot>? Read(IReadOnlyList<SlotInput> rows, InnovationDesk desk, DateTimeOffset now, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(errors);
        var slots = new List<MeetingSlot>();
        var starts = new HashSet<DateTimeOffset>();
        for (var i = 0; i < Math.Min(rows.Count, Rows); i++)
        {
            var row = rows[i];
            var n = i + 1;
            if (row.IsBlank && i > 0)
            {
                continue;
            }

            var date = DateOnly.TryParseExact(row.Date?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
            var time = TimeOnly.TryParseExact(row.Time?.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : (TimeOnly?)null;
            if (date is null)
            {
                errors.Add(FieldId(n, "date"), string.IsNullOrWhiteSpace(row.Date) ? Texts.SlotDateRequired(n) : Texts.SlotDateInvalid(n));
            }

            if (time is null)
            {
                errors.Add(FieldId(n, "time"), string.IsNullOrWhiteSpace(row.Time) ? Texts.SlotTimeRequired(n) : Texts.SlotTimeInvalid(n));
            }

            var minutes = int.TryParse(row.Duration?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
            if (!DeskRequestRules.IsMeetingLength(minutes))
            {
                errors.Add(FieldId(n, "duration"), Texts.SlotDurationInvalid(n, DeskRequestRules.MinMeetingMinutes, DeskRequestRules.MaxMeetingMinutes));
            }

            MeetingPlace? place = row.Place switch
            {
                nameof(MeetingPlace.AtDesk) => MeetingPlace.AtDesk,
                nameof(MeetingPlace.Remote) => MeetingPlace.Remote,
                _ => null,
            };
            if (place is null)
            {
                errors.Add(FieldId(n, "place"), Texts.SlotPlaceRequired(n));
            }

            var url = row.VideoUrl?.Trim();
            if (place == MeetingPlace.Remote && !IsWebUrl(url))
            {
                errors.Add(FieldId(n, "video"), string.IsNullOrEmpty(url) ? Texts.SlotVideoRequired(n) : Texts.SlotVideoInvalid(n));
            }

            if (date is null || time is null || place is null || errors.Has(FieldId(n, "duration")))
            {
                continue;
            }

            var start = BusinessCalendar.AtRome(date.Value, time.Value);
            var slot = new MeetingSlot(start, minutes, place.Value, place == MeetingPlace.Remote ? url : null);
            if (start <= now)
            {
                errors.Add(FieldId(n, "date"), Texts.SlotInPast(n));
            }
            else if (place == MeetingPlace.AtDesk && desk.UnavailableDuring(slot.Start, slot.End) is { } closed)
            {
                var (field, message) = closed switch
                {
                    { Holiday: { } holiday } => ("date", Texts.SlotOnHoliday(n, date.Value, holiday)),
                    { Closure: { } closure } => ("date", Texts.SlotOnClosure(n, date.Value, closure)),
                    _ => ("time", Texts.SlotOutsideHours(n)),
                };
                errors.Add(FieldId(n, field), message);
            }
            else if (!starts.Add(start))
            {
                errors.Add(FieldId(n, "time"), Texts.SlotDuplicate(n));
            }

            slots.Add(slot);
        }

        return errors.Count == 0 ? slots : null;
    }

    private static bool IsWebUrl(string? url) =>
        url is { Length: <= 500 }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
