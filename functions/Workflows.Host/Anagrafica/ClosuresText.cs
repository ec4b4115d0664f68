using System.Globalization;
using System.Text.RegularExpressions;
using Workflows.Desk.Model;

namespace Workflows.Host.Anagrafica;

/// <summary>
/// A desk's closures as a coordinator types them and the CSV files carry them, one a line or separated by semicolons:
/// <c>10/08/2026-21/08/2026 chiusura estiva; 24/12/2026 vigilia di Natale</c> (also <c>2026-08-10..2026-08-21</c>,
/// <c>dal 10/08/2026 al 21/08/2026</c>).
/// </summary>
public static partial class ClosuresText
{
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy"];

    /// <summary>The closures in <paramref name="text"/>, or the first one that cannot be read.</summary>
    public static (IReadOnlyList<DeskClosure> Closures, string? Unreadable) Parse(string? text)
    {
        var closures = new List<DeskClosure>();
        foreach (var part in (text ?? string.Empty).Split([';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = Line().Match(part);
            if (!match.Success || !TryDate(match.Groups["from"].Value, out var from)
                || !TryDate(match.Groups["to"].Success ? match.Groups["to"].Value : match.Groups["from"].Value, out var to))
            {
                return ([], part);
            }

            closures.Add(new DeskClosure(from, to, match.Groups["reason"].Value.Trim()));
        }

        return (closures, null);
    }

    /// <summary>The closures written back in the Italian form, in date order.</summary>
    public static string Format(IEnumerable<DeskClosure>? closures) =>
        string.Join("; ", (closures ?? []).OrderBy(c => c.From).Select(c => c.From == c.To
            ? string.Create(CultureInfo.InvariantCulture, $"{c.From:dd/MM/yyyy} {c.Reason}")
            : string.Create(CultureInfo.InvariantCulture, $"{c.From:dd/MM/yyyy}-{c.To:dd/MM/yyyy} {c.Reason}")));

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    [GeneratedRegex(
        @"^(?:dal\s+)?(?<from>\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})(?:\s*(?:-|–|\.\.|al)\s*(?<to>\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}))?(?:\s*[:,]?\s+(?<reason>.*))?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Line();
}
