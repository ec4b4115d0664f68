using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;

namespace Workflows.Bench;

/// <summary>
/// Durable timers in real time (no clock travel): instances start with reminder timers due at random within one
/// minute, a lead later; the lateness of each is when the decider acted on its <c>TimerFired</c> (the
/// <see cref="TimerProbe"/>'s wall clock) minus its due time. A timer that never fired counts as late as the
/// phase's whole wait.
/// </summary>
internal static class TimerPhase
{
    /// <summary>Lateness in milliseconds: the earliest (negative would be a deadline acted on early) and percentiles.</summary>
    public sealed record Lateness(
        [property: JsonPropertyName("min")] double Min,
        [property: JsonPropertyName("p50")] double P50,
        [property: JsonPropertyName("p95")] double P95,
        [property: JsonPropertyName("p99")] double P99)
    {
        public static Lateness From(IReadOnlyCollection<double> samples)
        {
            var p = LatencySummary.From(samples);
            return new Lateness(samples.Count == 0 ? double.NaN : Math.Round(samples.Min(), 1), p.P50, p.P95, p.P99);
        }
    }

    /// <param name="WallMs">Lateness on the wall clock (the figure).</param>
    /// <param name="OrchestrationMs">The same on the orchestration's clock (its episode's start), for context.</param>
    public sealed record Result(Lateness WallMs, Lateness OrchestrationMs, int Fired, double MaxMs, TimeSpan SetUp, TimeSpan Drain);

    public static Result Skipped { get; } = new(Lateness.From([]), Lateness.From([]), 0, double.NaN, TimeSpan.Zero, TimeSpan.Zero);

    public static async Task<Result> RunAsync(BenchRuntime bench, BenchSettings settings)
    {
        var started = Stopwatch.GetTimestamp();
        var windowStart = TimeProvider.System.GetUtcNow() + settings.TimerLead;
        var perInstance = Math.Max(1, settings.TimersPerInstance);
        var instances = (settings.Timers + perInstance - 1) / perInstance;
        var random = new Random(20260302);
        var due = Enumerable.Range(0, instances)
            .Select(i => (IReadOnlyList<DateTimeOffset>)[.. Enumerable.Range(0, Math.Min(perInstance, settings.Timers - (i * perInstance)))
                .Select(_ => windowStart + (settings.TimerWindow * random.NextDouble()))])
            .ToArray();
        var firedBefore = bench.Probe.Count;
        await bench.StartInstancesAsync(instances, 20, i => BenchRuntime.Input(50_000 + i) with { Reminders = due[i] });
        var setUp = Stopwatch.GetElapsedTime(started);
        if (setUp > settings.TimerLead)
        {
            await Console.Error.WriteLineAsync($"  warning: starting the instances took {setUp.TotalSeconds:F1} s, longer than the lead of {settings.TimerLead.TotalSeconds} s");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {settings.Timers} timers on {instances} instances scheduled in {setUp.TotalSeconds:F1} s; due within {settings.TimerWindow.TotalSeconds} s from +{settings.TimerLead.TotalSeconds} s"));
        var giveUpAt = windowStart + settings.TimerWindow + settings.TimerGrace;
        while (bench.Probe.Count - firedBefore < settings.Timers && TimeProvider.System.GetUtcNow() < giveUpAt)
        {
            await Task.Delay(250);
        }

        var drain = TimeProvider.System.GetUtcNow() - (windowStart + settings.TimerWindow);
        var fired = bench.Probe.Snapshot();

        // A timer that never fired counts as at least as late as the longest wait the phase allowed.
        var missing = Math.Max(0, settings.Timers - fired.Length);
        var wall = fired.Select(f => f.WallMs).Concat(Enumerable.Repeat((giveUpAt - windowStart).TotalMilliseconds, missing)).ToArray();
        var orchestration = fired.Select(f => f.OrchestrationMs).ToArray();
        return new Result(Lateness.From(wall), Lateness.From(orchestration), fired.Length, wall.Length == 0 ? double.NaN : Math.Round(wall.Max(), 1), setUp, drain);
    }
}
