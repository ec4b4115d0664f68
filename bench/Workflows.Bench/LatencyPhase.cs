using System.Collections.Concurrent;
using System.Diagnostics;
using Workflows.Host.Runtime;

namespace Workflows.Bench;

/// <summary>
/// Event to e-mail: each client raises <see cref="BenchSample.Answer"/> on its own instance through the web app's
/// seam (<see cref="DurableWorkflowRuntime.RaiseEventAsync"/>) and waits until the orchestration's SendEmail
/// activity has handed the e-mail to the dispatcher, then raises the next. The latency runs from the call to the
/// dispatcher's timestamp.
/// </summary>
internal static class LatencyPhase
{
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(30);

    /// <param name="Latency">Event raised to e-mail handed to the dispatcher.</param>
    /// <param name="Raise">The seam's call (check, raise, wait for the outcome in the view).</param>
    public sealed record Result(LatencySummary Latency, LatencySummary Raise, int Samples, int TimedOut, long Errors, double EventsPerSecond, (double Bench, double Azurite) CpuMsPerEvent);

    public static Result Skipped { get; } = new(LatencySummary.From([]), LatencySummary.From([]), 0, 0, 0, double.NaN, (double.NaN, double.NaN));

    public static async Task<Result> RunAsync(BenchRuntime bench, BenchSettings settings, int clients)
    {
        var ids = await bench.StartInstancesAsync(clients, clients, BenchRuntime.Input);
        var samples = new ConcurrentBag<double>();
        var raises = new ConcurrentBag<double>();
        var timedOut = 0;
        var payload = new { answer = "Allegato il business plan." };
        var rate = await ClosedLoop.RunAsync(clients, async (w, inWindow) =>
        {
            var dispatched = bench.Dispatcher.NextDispatchOf(ids[w]);
            var raised = Stopwatch.GetTimestamp();
            var result = await bench.Runtime.RaiseEventAsync(ids[w], BenchSample.Answer, payload, null, CancellationToken.None);
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
        return new Result(LatencySummary.From([.. samples]), LatencySummary.From([.. raises]), samples.Count, timedOut, rate.Errors, rate.PerSecond, rate.CpuMsPerOperation);
    }
}
