using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Workflows.Desk.Model;

/// <summary>
/// What a desk or a partner must be before the directory stores it: the comune exists in the catalogue, addresses
/// are valid, office hours are consistent, territories exist, the network is known. Pure: the management pages and
/// the first-load import call the same rules.
/// </summary>
public static partial class DirectoryRules
{
    /// <summary>Shortest and longest review deadline a partner may be given, in business days.</summary>
    public const int MinReviewDays = 1;

    /// <summary>Longest review deadline, in business days.</summary>
    public const int MaxReviewDays = 30;

    /// <summary>The languages of the service's mails.</summary>
    public static IReadOnlyList<string> Cultures { get; } = ["it", "en"];

    /// <summary>True for an id of 3 to 50 lower-case letters, digits and dashes (it appears in links and tags).</summary>
    public static bool IsId(string? id) => id is not null && IdPattern().IsMatch(id);

    /// <summary>True for one plausible address (<c>name@domain</c>), at most 254 characters.</summary>
    public static bool IsEmail(string? email)
    {
        var text = (email ?? string.Empty).Trim();
        return text.Length is > 0 and <= 254
            && !text.Contains(' ', StringComparison.Ordinal) && !text.Contains(',', StringComparison.Ordinal)
            && MailAddress.TryCreate(text, out var parsed) && string.Equals(parsed.Address, text, StringComparison.OrdinalIgnoreCase)
            && text.IndexOf('@', StringComparison.Ordinal) > 0;
    }

    /// <summary>The problems of <paramref name="desk"/>; none means it can be stored.</summary>
    public static IReadOnlyList<DirectoryProblem> Check(InnovationDesk desk, ComuniCatalogue comuni, IReadOnlyCollection<string> networkIds)
    {
        ArgumentNullException.ThrowIfNull(desk);
        ArgumentNullException.ThrowIfNull(comuni);
        ArgumentNullException.ThrowIfNull(networkIds);
        var problems = new List<DirectoryProblem>();
        if (!IsId(desk.Id))
        {
            problems.Add(new("id", DirectoryProblemKind.IdInvalid, desk.Id));
        }

        if (string.IsNullOrWhiteSpace(desk.ComuneIstat))
        {
            problems.Add(new("comuneIstat", DirectoryProblemKind.Required));
        }
        else if (comuni.Find(desk.ComuneIstat.Trim()) is null)
        {
            problems.Add(new("comuneIstat", DirectoryProblemKind.ComuneUnknown, desk.ComuneIstat));
        }

        Require(problems, "name", desk.Name);
        Require(problems, "address", desk.Address);
        Require(problems, "referentName", desk.ReferentName);
        if (!IsEmail(desk.Email))
        {
            problems.Add(new("email", string.IsNullOrWhiteSpace(desk.Email) ? DirectoryProblemKind.Required : DirectoryProblemKind.EmailInvalid, desk.Email));
        }

        problems.AddRange(CheckOfficeHours(desk.OfficeHours));
        if (!networkIds.Contains(desk.NetworkId))
        {
            problems.Add(new("networkId", DirectoryProblemKind.NetworkUnknown, desk.NetworkId));
        }

        CheckCulture(problems, desk.Culture);
        return problems;
    }

    /// <summary>The problems of <paramref name="partner"/>; none means it can be stored.</summary>
    public static IReadOnlyList<DirectoryProblem> Check(Partner partner, ComuniCatalogue comuni, IReadOnlyCollection<string> networkIds)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentNullException.ThrowIfNull(comuni);
        ArgumentNullException.ThrowIfNull(networkIds);
        var problems = new List<DirectoryProblem>();
        if (!IsId(partner.Id))
        {
            problems.Add(new("id", DirectoryProblemKind.IdInvalid, partner.Id));
        }

        Require(problems, "name", partner.Name);
        if (partner.NetworkIds.Count == 0)
        {
            problems.Add(new("networkIds", DirectoryProblemKind.Required));
        }

        problems.AddRange(partner.NetworkIds.Where(n => !networkIds.Contains(n)).Select(n => new DirectoryProblem("networkIds", DirectoryProblemKind.NetworkUnknown, n)));
        if (partner.Topics.Count == 0)
        {
            problems.Add(new("topics", DirectoryProblemKind.TopicsMissing));
        }

        if (partner.Comuni.Count == 0 && partner.Provinces.Count == 0)
        {
            problems.Add(new("comuni", DirectoryProblemKind.TerritoryMissing));
        }

        problems.AddRange(partner.Comuni.Where(c => comuni.Find(c) is null).Select(c => new DirectoryProblem("comuni", DirectoryProblemKind.TerritoryUnknown, c)));
        var provinces = comuni.Provinces;
        problems.AddRange(partner.Provinces.Where(p => !provinces.Contains(p, StringComparer.Ordinal)).Select(p => new DirectoryProblem("provinces", DirectoryProblemKind.TerritoryUnknown, p)));
        if (partner.ReviewerEmails.Count == 0)
        {
            problems.Add(new("reviewerEmails", DirectoryProblemKind.Required));
        }

        problems.AddRange(partner.ReviewerEmails.Where(e => !IsEmail(e)).Select(e => new DirectoryProblem("reviewerEmails", DirectoryProblemKind.EmailInvalid, e)));
        if (partner.EffectiveSla.EscalationBusinessDays is < MinReviewDays or > MaxReviewDays)
        {
            problems.Add(new("reviewDays", DirectoryProblemKind.ReviewDaysInvalid, partner.EffectiveSla.EscalationBusinessDays.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        CheckCulture(problems, partner.Culture);
        return problems;
    }

    /// <summary>The problems of a desk's opening slots: each closes after it opens, no two overlap on one day.</summary>
    public static IReadOnlyList<DirectoryProblem> CheckOfficeHours(IReadOnlyList<OfficeHours> hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        var problems = new List<DirectoryProblem>();
        foreach (var slot in hours.Where(h => h.To <= h.From || !Enum.IsDefined(h.Day)))
        {
            problems.Add(new("officeHours", DirectoryProblemKind.OfficeHoursInvalid, Describe(slot)));
        }

        foreach (var day in hours.Where(h => h.To > h.From).GroupBy(h => h.Day))
        {
            var ordered = day.OrderBy(h => h.From).ToList();
            for (var i = 1; i < ordered.Count; i++)
            {
                if (ordered[i].From < ordered[i - 1].To)
                {
                    problems.Add(new("officeHours", DirectoryProblemKind.OfficeHoursOverlap, Describe(ordered[i])));
                }
            }
        }

        return problems;
    }

    /// <summary>The longest closure of a desk, in days (a longer one is most likely a wrong year).</summary>
    public const int MaxClosureDays = 366;

    /// <summary>
    /// The problems of a desk's closures: each has a reason, ends on or after its start and lasts at most
    /// <see cref="MaxClosureDays"/> days; a closure not already <paramref name="stored"/> may not have ended before
    /// <paramref name="today"/> (a past closure changes nothing, so it is most likely a typing slip), while the ones stored
    /// stay as they are.
    /// </summary>
    /// <param name="closures">The closures being saved.</param>
    /// <param name="today">Today in Europe/Rome.</param>
    /// <param name="stored">The desk's closures as stored (empty for a new desk).</param>
    public static IReadOnlyList<DirectoryProblem> CheckClosures(IReadOnlyList<DeskClosure>? closures, DateOnly today, IReadOnlyList<DeskClosure>? stored)
    {
        var problems = new List<DirectoryProblem>();
        foreach (var c in closures ?? [])
        {
            if (string.IsNullOrWhiteSpace(c.Reason))
            {
                problems.Add(new("closures", DirectoryProblemKind.Required, Describe(c)));
            }

            if (c.To < c.From || c.To.DayNumber - c.From.DayNumber >= MaxClosureDays)
            {
                problems.Add(new("closures", DirectoryProblemKind.ClosureInvalid, Describe(c)));
            }
            else if (c.To < today && stored?.Contains(c) != true)
            {
                problems.Add(new("closures", DirectoryProblemKind.ClosurePast, Describe(c)));
            }
        }

        return problems;
    }

    /// <summary>The review deadline as the partner's SLA: escalation after <paramref name="days"/> business days, reminders at +2 and +4 before it.</summary>
    public static PartnerSla? ReviewSla(int days) =>
        days == PartnerSla.Default.EscalationBusinessDays
            ? null
            : new PartnerSla([.. PartnerSla.Default.ReminderBusinessDays.Where(d => d < days)], days);

    private static string Describe(OfficeHours h) =>
        FormattableString.Invariant($"{h.Day} {h.From:HH\\:mm}-{h.To:HH\\:mm}");

    private static string Describe(DeskClosure c) =>
        c.From == c.To
            ? FormattableString.Invariant($"{c.From:dd/MM/yyyy} {c.Reason}").Trim()
            : FormattableString.Invariant($"{c.From:dd/MM/yyyy}-{c.To:dd/MM/yyyy} {c.Reason}").Trim();

    private static void Require(List<DirectoryProblem> problems, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(field, DirectoryProblemKind.Required));
        }
    }

    private static void CheckCulture(List<DirectoryProblem> problems, string culture)
    {
        if (!Cultures.Contains(culture, StringComparer.Ordinal))
        {
            problems.Add(new("culture", DirectoryProblemKind.CultureInvalid, culture));
        }
    }

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{1,48})[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
