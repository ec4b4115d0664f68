using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using DurableTask.Core;
using Workflows.Host.Runtime;
using Workflows.Orchestration.Orchestrators;
using Workflows.Steps;

namespace Workflows.Bench;

/// <summary>
/// Instances end to end: start (the receipt e-mail), raise <see cref="BenchSample.Answer"/>, wait for its e-mail,
/// raise <see cref="BenchSample.Close"/> (the closing e-mail), wait until the view says Completed. A fixed number of
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

    /// <param name="viaSeam">
    /// True: through <see cref="DurableWorkflowRuntime"/> as the web app calls it (its start and event calls wait for
    /// the orchestration's outcome by reading the view). False: the runtime alone, through the task hub client, each
    /// step awaited at the e-mail port (receipt, answer, closing e-mail), then the view read until Completed.
    /// </param>
    public static Task<Result> RunAsync(BenchRuntime bench, BenchSettings settings, int count, bool viaSeam)
    {
        var payload = new { answer = "Allegato il business plan." };
        return MeasureAsync(count, settings.InstanceConcurrency, "instance", async (i, _) =>
        {
            if (!viaSeam)
            {
                await ThroughHubAsync(bench, BenchRuntime.Input(10_000 + i));
                return;
            }

            var id = await bench.StartInstanceAsync(BenchRuntime.Input(20_000 + i));
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
        });
    }

    /// <summary>
    /// Runs <paramref name="instance"/> <paramref name="count"/> times, <paramref name="concurrency"/> at once: the rate
    /// of those that completed over the time to the last, each one's duration, the CPU per completed one.
    /// </summary>
    public static async Task<Result> MeasureAsync(int count, int concurrency, string label, Func<int, CancellationToken, Task> instance)
    {
        var durations = new ConcurrentBag<double>();
        var failed = 0;
        var cpuStart = CpuTime.Now();
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            var t0 = Stopwatch.GetTimestamp();
            try
            {
                await instance(i, ct);
                durations.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                if (Interlocked.Increment(ref failed) <= 3)
                {
                    await Console.Error.WriteLineAsync($"  {label} failed: {ex.GetType().Name}: {ex.Message}");
                }
            }
        });
        var elapsed = Stopwatch.GetElapsedTime(started);
        var completed = durations.Count;
        return new Result(completed / elapsed.TotalSeconds, completed, failed, elapsed, LatencySummary.From([.. durations]), CpuTime.PerOperation(cpuStart, CpuTime.Now(), completed));
    }

    private static async Task ThroughHubAsync(BenchRuntime bench, BenchInput input)
    {
        var id = InstanceId.New();
        var instance = new OrchestrationInstance { InstanceId = id.Value };
        var mail = bench.Dispatcher.NextDispatchOf(id);
        var json = JsonSerializer.SerializeToElement(input, WorkflowJson.Options);
        await bench.Hub.Client.CreateOrchestrationInstanceAsync(
            BenchSample.WorkflowName,
            string.Empty,
            id.Value,
            new OrchestrationInput { StartInput = json, StartedAt = TimeProvider.System.GetUtcNow() });
        await mail.WaitAsync(GiveUp, CancellationToken.None);
        foreach (var (name, payload) in new[] { (BenchSample.Answer, (JsonElement?)Answer), (BenchSample.Close, null) })
        {
            mail = bench.Dispatcher.NextDispatchOf(id);
            await bench.Hub.Client.RaiseEventAsync(instance, WorkflowSignal.EventName, new WorkflowSignal(Guid.NewGuid().ToString("N"), name, payload, null, null));
            await mail.WaitAsync(GiveUp, CancellationToken.None);
        }

        await WaitForCompletedAsync(bench, id);
    }

    private static readonly JsonElement Answer = JsonSerializer.SerializeToElement(new { answer = "Allegato il business plan." }, WorkflowJson.Options);

    private static async Task WaitForCompletedAsync(BenchRuntime bench, InstanceId id)
    {
        var delay = TimeSpan.FromMilliseconds(50);
        var giveUpAt = Stopwatch.GetTimestamp() + (long)(GiveUp.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < giveUpAt)
        {
            if ((await bench.Views.GetAsync(id, CancellationToken.None))?.RuntimeStatus == RuntimeStatus.Completed)
            {
                return;
            }

            await Task.Delay(delay);
            delay = TimeSpan.FromMilliseconds(Math.Min(delay.TotalMilliseconds * 2, 400));
        }

        throw new TimeoutException($"{id} did not complete in {GiveUp.TotalSeconds} s.");
    }
}
