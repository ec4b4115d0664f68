using System.Globalization;
using Workflows.Desk.Model;

namespace Workflows.Host.Anagrafica;

/// <summary>
/// Office hours as a coordinator types them and the CSV files carry them: <c>mar 09:00-12:00; gio 14:00-17:00</c>
/// (Italian or English day abbreviations, slots separated by semicolons or new lines).
/// </summary>
public static class OfficeHoursText
{
    private static readonly string[] Italian = ["dom", "lun", "mar", "mer", "gio", "ven", "sab"];
    private static readonly string[] English = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    /// <summary>The slots in <paramref name="text"/>, or the first slot that cannot be read.</summary>
    public static (IReadOnlyList<OfficeHours> Hours, string? Unreadable) Parse(string? text)
    {
        var hours = new List<OfficeHours>();
        foreach (var part in (text ?? string.Empty).Split([';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pieces = part.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var times = pieces.Length == 2 ? pieces[1].Replace('–', '-').Split('-', StringSplitOptions.TrimEntries) : [];
            if (Day(pieces[0]) is not { } day
                || times.Length != 2
                || !TimeOnly.TryParseExact(times[0], ["HH:mm", "H:mm", "HH.mm", "H.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
                || !TimeOnly.TryParseExact(times[1], ["HH:mm", "H:mm", "HH.mm", "H.mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
            {
                return ([], part);
            }

            hours.Add(new OfficeHours(day, from, to));
        }

        return (hours, null);
    }

    /// <summary>The slots written back in the Italian form.</summary>
    public static string Format(IEnumerable<OfficeHours> hours) =>
        string.Join("; ", (hours ?? []).Select(h => string.Create(CultureInfo.InvariantCulture, $"{Italian[(int)h.Day]} {h.From:HH\\:mm}-{h.To:HH\\:mm}")));

    private static DayOfWeek? Day(string word)
    {
        var key = word.Trim().TrimEnd('.').ToLowerInvariant();
        key = key.Length > 3 ? key[..3] : key;
        var i = Array.IndexOf(Italian, key);
        i = i >= 0 ? i : Array.IndexOf(English, key);
        return i >= 0 ? (DayOfWeek)i : null;
    }
}
