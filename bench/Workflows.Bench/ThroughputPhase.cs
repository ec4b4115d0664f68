using System.Collections.Concurrent;
using System.Diagnostics;
using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Bench;

/// <summary>
/// Instances end to end through the web app's seam: start (the receipt e-mail), raise <see cref="BenchSample.Answer"/>,
/// wait for its e-mail, raise <see cref="BenchSample.Close"/>, wait until the view says Completed. A fixed number of
/// instances, a fixed number in flight; instances per second is the count over the time until the last completed.
/// </summary>
internal static class ThroughputPhase
{
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(60);

    /// <param name="PerSecond">Completed instances per second.</param>
    /// <param name="Completed">Instances that completed.</param>
    /// <param name="Elapsed">From the first start to the last completion.</param>
    /// <param name="InstanceMs">Each instance's start → completed.</param>
    public sealed record Result(double PerSecond, int Completed, int Failed, TimeSpan Elapsed, LatencySummary InstanceMs, (double Bench, double Azurite) CpuMsPerInstance);

    public static Result Skipped { get; } = new(double.NaN, 0, 0, TimeSpan.Zero, LatencySummary.From([]), (double.NaN, double.NaN));

    public static async Task<Result> RunAsync(BenchRuntime bench, BenchSettings settings)
    {
        var durations = new ConcurrentBag<double>();
        var failed = 0;
        var payload = new { answer = "Allegato il business plan." };
        var cpuStart = CpuTime.Now();
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForAsync(0, settings.Instances, new ParallelOptions { MaxDegreeOfParallelism = settings.InstanceConcurrency }, async (i, _) =>
        {
            var t0 = Stopwatch.GetTimestamp();
            try
            {
                var id = await bench.StartInstanceAsync(BenchRuntime.Input(10_000 + i));
                var mail = bench.Dispatcher.NextDispatchOf(id);
                var answered = await bench.Runtime.RaiseEventAsync(id, BenchSample.Answer, payload, null, CancellationToken.None);
                if (answered.Outcome != EventOutcome.Applied)
                {
                    throw new InvalidOperationException($"Answer not applied: {answered.Outcome} {answered.Reason}");
                }

                await mail.WaitAsync(GiveUp, CancellationToken.None);
                var closed = await bench.Runtime.RaiseEventAsync(id, BenchSample.Close, null, null, CancellationToken.None);
                if (closed.RuntimeStatus != RuntimeStatus.Completed)
                {
                    await WaitForCompletedAsync(bench, id);
                }

                durations.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                if (Interlocked.Increment(ref failed) <= 3)
                {
                    await Console.Error.WriteLineAsync($"  instance failed: {ex.GetType().Name}: {ex.Message}");
                }
            }
        });
        var elapsed = Stopwatch.GetElapsedTime(started);
        var completed = durations.Count;
        return new Result(completed / elapsed.TotalSeconds, completed, failed, elapsed, LatencySummary.From([.. durations]), CpuTime.PerOperation(cpuStart, CpuTime.Now(), completed));
    }

    private static async Task WaitForCompletedAsync(BenchRuntime bench, InstanceId id)
    {
        var giveUpAt = Stopwatch.GetTimestamp() + (long)(GiveUp.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < giveUpAt)
        {
            if ((await bench.Views.GetAsync(id, CancellationToken.None))?.RuntimeStatus == RuntimeStatus.Completed)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{id} did not complete in {GiveUp.TotalSeconds} s.");
    }
}
