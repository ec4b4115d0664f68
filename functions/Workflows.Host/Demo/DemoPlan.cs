using Workflows.Desk.Calendar;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Desk.Routing;

namespace Workflows.Host.Demo;

/// <summary>
/// Invents the demo's desk requests: spread over every step, desk, category and the last six months, each routed the
/// way the directory would route it (a request meant for triage gets a topic no partner of its network serves).
/// Deterministic for a given count and anchor.
/// </summary>
internal static class DemoPlan
{
    /// <summary>How the requests spread over the steps (weights out of 100).</summary>
    public static IReadOnlyList<(DeskRequestStep Step, int Weight)> Mix { get; } =
    [
        (DeskRequestStep.Closed, 20),
        (DeskRequestStep.FollowUp, 10),
        (DeskRequestStep.AwaitingOutcome, 6),
        (DeskRequestStep.Confirmed, 8),
        (DeskRequestStep.ConvocationSent, 8),
        (DeskRequestStep.Scheduling, 8),
        (DeskRequestStep.InfoRequested, 6),
        (DeskRequestStep.AwaitingPartnerReview, 12),
        (DeskRequestStep.AwaitingTriage, 6),
        (DeskRequestStep.Declined, 9),
        (DeskRequestStep.Withdrawn, 7),
    ];

    /// <summary>The privacy notice version the demo applicants accepted.</summary>
    public const string ConsentVersion = "2026-01";

    public static IReadOnlyList<DemoRequestPlan> Create(NetworkDirectory directory, DateTimeOffset anchor, int count)
    {
        var targets = Targets(count);
        var drafts = new List<(DemoRequestPlan Plan, string Province)>();
        for (var i = 0; i < targets.Count; i++)
        {
            var random = new Random(7919 * (i + 1));
            var target = targets[i];
            var (desk, comune, category) = Choose(directory, target, random);
            var created = OfficeTimeBefore(desk, anchor - Age(target, random), anchor, random);
            var kind = KindFor(category, random);
            var applicant = DemoPeople.Applicant(random, kind, comune, i + 1);
            var contact = (ContactMode)random.Next(3);
            var intake = new DeskIntake(desk.Id, comune.Istat, applicant, category, DemoPeople.Description(random, category), contact,
                new PrivacyConsent(ConsentVersion, created));
            var key = "demo-request-" + (i + 1).ToString("000", System.Globalization.CultureInfo.InvariantCulture);
            var province = directory.FindComune(desk.ComuneIstat)!.Province;
            drafts.Add((new DemoRequestPlan(key, target, intake, "", created, random.Next()), province));
        }

        // Codes follow the filing order within each province and year, as a desk's register would.
        var plans = new List<DemoRequestPlan>();
        foreach (var group in drafts.GroupBy(d => (d.Province, BusinessCalendar.ToRome(d.Plan.CreatedAt).Year)))
        {
            var sequence = 0;
            foreach (var draft in group.OrderBy(d => d.Plan.CreatedAt))
            {
                plans.Add(draft.Plan with { RequestCode = RequestCodes.Format(group.Key.Province, group.Key.Year, ++sequence) });
            }
        }

        return [.. plans.OrderBy(p => p.Key, StringComparer.Ordinal)];
    }

    /// <summary>Every step at least once (when there is room), then by weight; shuffled the same way every time.</summary>
    public static IReadOnlyList<DeskRequestStep> Targets(int count)
    {
        var targets = new List<DeskRequestStep>();
        targets.AddRange(Mix.Take(Math.Min(count, Mix.Count)).Select(m => m.Step));
        var rest = count - targets.Count;
        var total = Mix.Sum(m => m.Weight);
        var shares = Mix.Select(m => (m.Step, Exact: rest * (double)m.Weight / total)).ToList();
        foreach (var (step, exact) in shares)
        {
            targets.AddRange(Enumerable.Repeat(step, (int)Math.Floor(exact)));
        }

        foreach (var (step, _) in shares.OrderByDescending(s => s.Exact - Math.Floor(s.Exact)).Take(count - targets.Count))
        {
            targets.Add(step);
        }

        var random = new Random(2026);
        return [.. targets.OrderBy(_ => random.Next())];
    }

    private static (InnovationDesk Desk, Comune Comune, Category Category) Choose(NetworkDirectory directory, DeskRequestStep target, Random random)
    {
        var categories = Enum.GetValues<Category>().Where(c => c != Category.Other).ToArray();
        for (var attempt = 0; ; attempt++)
        {
            var desk = DemoPeople.Pick(random, directory.Desks);
            var home = directory.FindComune(desk.ComuneIstat)!;

            // Most applicants live where the desk is; some come from another comune of the province.
            var comune = random.Next(10) < 7
                ? home
                : DemoPeople.Pick(random, directory.Comuni.Where(c => c.Province == home.Province).ToList());
            var partners = directory.PartnersOf(desk.NetworkId);
            var fitting = categories
                .Where(c => (PartnerRouting.Route(c, comune.Istat, comune.Province, partners) is null) == (target == DeskRequestStep.AwaitingTriage))
                .ToList();
            if (fitting.Count > 0)
            {
                return (desk, comune, DemoPeople.Pick(random, fitting));
            }

            if (attempt > 50)
            {
                throw new InvalidOperationException($"No desk of the directory can produce a request for {target}.");
            }
        }
    }

    private static TimeSpan Age(DeskRequestStep target, Random random)
    {
        var (from, to) = target switch
        {
            DeskRequestStep.Closed => (140, 200), // the 90-day survey and its 14-day close after a meeting up to three weeks in
            DeskRequestStep.FollowUp => (25, 80),
            DeskRequestStep.AwaitingOutcome => (14, 45),
            DeskRequestStep.Confirmed => (3, 25),
            DeskRequestStep.ConvocationSent => (3, 25),
            DeskRequestStep.Scheduling => (1, 30),
            DeskRequestStep.InfoRequested => (2, 30),
            DeskRequestStep.AwaitingPartnerReview => (0, 25),
            DeskRequestStep.AwaitingTriage => (0, 20),
            _ => (4, 180),
        };
        return TimeSpan.FromDays(from + (random.NextDouble() * (to - from)));
    }

    private static ApplicantKind KindFor(Category category, Random random) => category switch
    {
        Category.YouthTrainingWork => ApplicantKind.YoungPerson,
        Category.CommunityCooperative => random.Next(3) == 0 ? ApplicantKind.Municipality : ApplicantKind.Association,
        Category.StartingBusiness => random.Next(2) == 0 ? ApplicantKind.YoungPerson : ApplicantKind.Citizen,
        Category.InnovationPatent => random.Next(2) == 0 ? ApplicantKind.Citizen : ApplicantKind.Business,
        _ => ApplicantKind.Business,
    };

    /// <summary>A moment during the desk's office hours on or before <paramref name="around"/>, never after <paramref name="latest"/>.</summary>
    public static DateTimeOffset OfficeTimeBefore(InnovationDesk desk, DateTimeOffset around, DateTimeOffset latest, Random random)
    {
        var day = BusinessCalendar.RomeDate(around);
        for (var back = 0; back < 14; back++, day = day.AddDays(-1))
        {
            foreach (var hours in desk.OfficeHours.Where(h => h.Day == day.DayOfWeek))
            {
                var minutes = (int)(hours.To - hours.From).TotalMinutes;
                var at = BusinessCalendar.AtRome(day, hours.From.AddMinutes(random.Next(Math.Max(1, minutes - 30))));
                if (at <= latest)
                {
                    return at;
                }
            }
        }

        return latest.AddMinutes(-5);
    }
}
