using Microsoft.Extensions.Options;
using Workflows.Desk.Calendar;
using Workflows.Desk.Events;
using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Host.Runtime;
using Workflows.Orchestration.Hosting;

namespace Workflows.Host.Demo;

/// <summary>
/// Fills a fresh installation with a network that has been at work for months: desk requests in every step (driven
/// through the real orchestration, each on a domain clock that walks through the past), a few registrations
/// for upcoming information meetings and a quarterly report per network. Idempotent: every item has its own
/// idempotency key, so a second run finds them all and makes nothing new.
/// </summary>
public sealed class DemoSeeder(
    IWorkflowCommands client,
    IWorkflowQueries queries,
    Anagrafica.NetworkRegistry registry,
    IOptions<TaskHubOptions> hub,
    IOptions<DemoOptions> options,
    TimeProvider time,
    ILoggerFactory loggers,
    Web.Desk.RequestCodeSequence codes)
{
    private const int Attempts = 3;
    private readonly ILogger _logger = loggers.CreateLogger<DemoSeeder>();
    private NetworkDirectory _directory = null!;

    /// <summary>Seeds everything; returns what it did.</summary>
    public async Task<DemoSeedReport> SeedAsync(CancellationToken ct)
    {
        var anchor = time.GetUtcNow();

        // The demo directory is written through the stored directory at start (Directory:Demo); the seed reads it back.
        _directory = (await registry.RefreshAsync(ct)).Directory;
        var directory = _directory;
        var plans = DemoPlan.Create(directory, anchor, options.Value.Requests);
        _logger.Planned(plans.Count);
        if (!hub.Value.AllowClockTravel)
        {
            // The requests' past is written by moving their clocks: without clock travel there is no past to write.
            _logger.NoClockTravel();
            return new DemoSeedReport(0, 0, plans.Count, 0);
        }

        int created = 0, existing = 0, failed = 0, done = 0;
        await Parallel.ForEachAsync(plans, new ParallelOptions { MaxDegreeOfParallelism = 12, CancellationToken = ct }, async (plan, token) =>
        {
            switch (await SeedRequestAsync(plan, anchor, token))
            {
                case true:
                    Interlocked.Increment(ref created);
                    break;
                case false:
                    Interlocked.Increment(ref existing);
                    break;
                default:
                    Interlocked.Increment(ref failed);
                    break;
            }

            var n = Interlocked.Increment(ref done);
            if (n % 20 == 0 || n == plans.Count)
            {
                _logger.Progress(n, plans.Count, created, existing);
            }
        });

        var others = await SeedRegistrationsAsync(anchor, ct) + await SeedReportsAsync(_directory, ct);
        _logger.Done(created, existing, failed, others);
        return new DemoSeedReport(created, existing, failed, others);
    }

    /// <summary>True when made now, false when it was there, null when it could not be made.</summary>
    private async Task<bool?> SeedRequestAsync(DemoRequestPlan plan, DateTimeOffset anchor, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            var journey = new DemoJourney(client, queries, _directory, plan, anchor, codes);
            try
            {
                return await journey.RunAsync(ct);
            }
            catch (DemoJourneyException ex)
            {
                _logger.JourneyFailed(plan.Key, attempt, ex.Message);
                await journey.DiscardAsync(ct);
            }
        }

        return null;
    }

    private async Task<int> SeedRegistrationsAsync(DateTimeOffset anchor, CancellationToken ct)
    {
        var meetings = new[]
        {
            (Id: "bandi-energia", Title: "Bandi per la transizione energetica e digitale: incontro informativo", Days: 10, At: new TimeOnly(17, 30),
                Place: (string?)"Sala consiliare del Comune di Locana, Via Roma 34", Video: (string?)null, Organizer: "API Torino", Email: "sportelli@apito.example"),
            (Id: "idea-brevetto", Title: "Dall'idea al brevetto: laboratorio per cittadini e imprese", Days: 17, At: new TimeOnly(18, 0),
                Place: null, Video: "https://meet.example/novain-laboratorio", Organizer: "Novain S.r.l.", Email: "richieste@novain.example"),
            (Id: "cooperative-comunita", Title: "Cooperative di comunità: come nascono e chi le sostiene", Days: 24, At: new TimeOnly(20, 45),
                Place: "Salone polivalente di Ala di Stura, Piazza Centrale 1", Video: null, Organizer: "Confcooperative Piemonte Nord", Email: "i4t@confcooperative.example"),
        };
        string[] people = ["Giorgio Bellone", "Marta Rolando", "Enrico Peyrot", "Camilla Olivero", "Pietro Marchisio", "Irene Pautasso", "Fabio Garbarino"];
        var made = 0;
        var number = 0;
        foreach (var (meeting, index) in meetings.Select((m, i) => (m, i)))
        {
            var day = MeetingDay(BusinessCalendar.RomeDate(anchor), meeting.Days);
            var start = BusinessCalendar.AtRome(day, meeting.At);
            foreach (var person in people.Skip(index).Take(4 - index + 1))
            {
                number++;
                var code = RequestCodes(number);
                var email = person.ToLowerInvariant().Replace(' ', '.') + "@posta.example";
                var input = new EventRegistrationInput(code, meeting.Id, meeting.Title, start, start.AddMinutes(90), meeting.Place, meeting.Video,
                    meeting.Organizer, meeting.Email, person, email);
                var result = await client.StartAsync(EventRegistrationWorkflow.WorkflowName, input, new StartOptions { IdempotencyKey = $"demo-event-{meeting.Id}-{person}" }, ct);
                made += result.Created ? 1 : 0;
            }
        }

        return made;

        static string RequestCodes(int n) => "EV-DEMO-" + n.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The day of a demo information meeting <paramref name="days"/> after <paramref name="today"/>, moved to the next
    /// business day when it would fall on a weekend or a holiday (a start in mid-December put one on Santo Stefano).
    /// </summary>
    internal static DateOnly MeetingDay(DateOnly today, int days)
    {
        var day = today.AddDays(days);
        return BusinessCalendar.IsBusinessDay(day) ? day : BusinessCalendar.NextBusinessDay(day);
    }

    private async Task<int> SeedReportsAsync(NetworkDirectory directory, CancellationToken ct)
    {
        var made = 0;
        foreach (var network in _directory.Networks)
        {
            var result = await client.StartAsync(QuarterlyReportWorkflow.WorkflowName, new QuarterlyReportInput(network), new StartOptions { IdempotencyKey = "demo-quarterly-" + network.Id }, ct);
            made += result.Created ? 1 : 0;
        }

        return made;
    }
}
