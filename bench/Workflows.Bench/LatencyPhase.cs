using System.Collections.Concurrent;
using System.Diagnostics;
using Workflows.Engine;
using Workflows.Steps;

namespace Workflows.Bench;

/// <summary>
/// Event to effect dispatched: each of the clients raises <see cref="DeskRequestSample.InfoAnswered"/> on its
/// own instance and waits until the in-process queue listener has handed the e-mail to the dispatcher, then
/// raises the next. The latency is from the moment the client calls the engine to the dispatcher's timestamp.
/// </summary>
internal static class LatencyPhase
{
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(30);

    /// <param name="Latency">Event raised to e-mail dispatched.</param>
    /// <param name="Raise">Of which the event call itself (decide and commit, until the call returns).</param>
    public sealed record Result(LatencySummary Latency, LatencySummary Raise, int Samples, int TimedOut, double EventsPerSecond);

    public static async Task<Result> RunAsync(BenchSettings settings)
    {
        await using var engine = await BenchEngine.StartAsync(settings.ConnectionString, "lat");
        var ids = await engine.StartInstancesAsync(settings.LatencyClients, settings.LatencyClients, ThroughputPhase.Input);
        var samples = new ConcurrentBag<double>();
        var raises = new ConcurrentBag<double>();
        var timedOut = 0;
        var payload = new { answer = "Allegato il business plan." };
        var rate = await ClosedLoop.RunAsync(settings.LatencyClients, async (w, inWindow) =>
        {
            var dispatched = engine.Dispatcher.NextDispatchOf(ids[w]);
            var raised = Stopwatch.GetTimestamp();
            var result = await engine.Client.RaiseEventAsync(ids[w], DeskRequestSample.InfoAnswered, payload);
            var returned = Stopwatch.GetElapsedTime(raised).TotalMilliseconds;
            if (result.Outcome != EventOutcome.Applied)
            {
                throw new InvalidOperationException($"The event was not applied: {result.Outcome} {result.Reason}");
            }

            try
            {
                var at = await dispatched.WaitAsync(GiveUp);
                if (inWindow)
                {
                    samples.Add(Stopwatch.GetElapsedTime(raised, at).TotalMilliseconds);
                    raises.Add(returned);
                }
            }
            catch (TimeoutException)
            {
                Interlocked.Increment(ref timedOut);
                return false;
            }

            return true;
        }, settings.WarmUp, settings.Phase);
        return new Result(LatencySummary.From([.. samples]), LatencySummary.From([.. raises]), samples.Count, timedOut, rate.PerSecond);
    }
}
