using Workflows.Desk.Calendar;

namespace Workflows.Desk.Model;

/// <summary>
/// An innovation desk ("sportello per l'innovazione") at a town hall, run by a trained local referent.
/// </summary>
/// <remarks>Named <c>InnovationDesk</c> rather than <c>Desk</c> so it never clashes with the <c>Workflows.Desk</c> namespace.</remarks>
/// <param name="Id">Stable id, e.g. <c>burolo</c>.</param>
/// <param name="ComuneIstat">The ISTAT code of the comune hosting the desk.</param>
/// <param name="Name">Display name, e.g. <c>Sportello per l'innovazione di Burolo</c>.</param>
/// <param name="Address">Street address where applicants are received.</param>
/// <param name="ReferentName">The local referent.</param>
/// <param name="Email">The desk's address; it also receives the mails of applicants who have none.</param>
/// <param name="OfficeHours">When the desk is open (several slots).</param>
/// <param name="NetworkId">The network the desk belongs to.</param>
/// <param name="Culture">The desk's language for its mails (<c>it</c> by default).</param>
/// <param name="Active">False once a coordinator closed the desk: it files no new request, its address no longer signs
/// in, and the requests it filed carry on.</param>
/// <param name="PatronDay">The patron-saint day of the desk's comune: the town hall is closed (filled in from the comune).</param>
/// <param name="Closures">The desk's own closures (summer closure, days off); null or empty when none.</param>
public sealed record InnovationDesk(
    string Id,
    string ComuneIstat,
    string Name,
    string Address,
    string ReferentName,
    string Email,
    IReadOnlyList<OfficeHours> OfficeHours,
    string NetworkId,
    string Culture = "it",
    bool Active = true,
    MonthDay? PatronDay = null,
    IReadOnlyList<DeskClosure>? Closures = null)
{
    /// <summary>
    /// The closure of the desk that <paramref name="date"/> (Europe/Rome) falls in, or null. Public holidays and the
    /// patron day are <see cref="BusinessCalendar.HolidayOn"/>'s.
    /// </summary>
    public DeskClosure? ClosureOn(DateOnly date) => Closures?.FirstOrDefault(c => c.Covers(date));

    /// <summary>
    /// Why a meeting at the desk from <paramref name="start"/> to <paramref name="end"/> cannot take place — a public
    /// holiday or the patron day, one of the desk's closures, outside its office hours, checked in that order — or
    /// null when it can. The one check of the step rules, the partner's page and the e-mail link page.
    /// </summary>
    public DeskUnavailability? UnavailableDuring(DateTimeOffset start, DateTimeOffset end)
    {
        var date = BusinessCalendar.RomeDate(start);
        if (BusinessCalendar.HolidayOn(date, PatronDay) is { } holiday)
        {
            return new(holiday, null, false);
        }

        if (ClosureOn(date) is { } closure)
        {
            return new(null, closure, false);
        }

        return IsOpenDuring(start, end) ? null : new(null, null, true);
    }

    /// <summary>
    /// True when a meeting from <paramref name="start"/> to <paramref name="end"/> falls, in Europe/Rome local time,
    /// within one of the desk's opening slots; always true for a desk that lists none. The one office-hours check of
    /// the step rules, the partner's page and the e-mail link page.
    /// </summary>
    public bool IsOpenDuring(DateTimeOffset start, DateTimeOffset end)
    {
        if (OfficeHours.Count == 0)
        {
            return true;
        }

        var from = BusinessCalendar.ToRome(start).DateTime;
        var to = BusinessCalendar.ToRome(end).DateTime;
        return OfficeHours.Any(h => h.Covers(from, to));
    }
}
