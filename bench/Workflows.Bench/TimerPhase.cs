using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Workflows.Engine;
using Workflows.Steps;

namespace Workflows.Bench;

/// <summary>
/// Durable timers under load: instances are started with reminder timers whose due times are spread at random
/// over one minute, and the lateness of each firing (fired time minus due time) is read from the engine's
/// <c>workflow.timer.lateness</c> histogram, recorded when the decider's <see cref="TimerFired"/> transition commits.
/// </summary>
internal static class TimerPhase
{
    public sealed record Result(LatencySummary Lateness, int Fired, double MaxMs, TimeSpan SetUp, TimeSpan Drain);

    public static async Task<Result> RunAsync(BenchSettings settings)
    {
        var lateness = new ConcurrentQueue<double>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == EngineTelemetry.Name && instrument.Name == "workflow.timer.lateness")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => lateness.Enqueue(value));
        listener.Start();

        await using var engine = await BenchEngine.StartAsync(settings.ConnectionString, "tim");
        var started = Stopwatch.GetTimestamp();
        var windowStart = TimeProvider.System.GetUtcNow() + settings.TimerLead;
        var perInstance = Math.Max(1, settings.TimersPerInstance);
        var instances = (settings.Timers + perInstance - 1) / perInstance;
        var random = new Random(20260302);
        var due = Enumerable.Range(0, instances)
            .Select(i => (IReadOnlyList<DateTimeOffset>)[.. Enumerable.Range(0, Math.Min(perInstance, settings.Timers - (i * perInstance)))
                .Select(_ => windowStart + (settings.TimerWindow * random.NextDouble()))])
            .ToArray();
        await engine.StartInstancesAsync(instances, settings.Concurrency, i => ThroughputPhase.Input(i) with { Reminders = due[i] });
        var setUp = Stopwatch.GetElapsedTime(started);
        if (setUp > settings.TimerLead)
        {
            await Console.Error.WriteLineAsync($"  warning: starting the instances took {setUp.TotalSeconds:F1} s, longer than the lead of {settings.TimerLead.TotalSeconds} s");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {settings.Timers} timers on {instances} instances scheduled in {setUp.TotalSeconds:F1} s; due within {settings.TimerWindow.TotalSeconds} s from +{settings.TimerLead.TotalSeconds} s"));
        var giveUpAt = windowStart + settings.TimerWindow + settings.TimerGrace;
        while (lateness.Count < settings.Timers && TimeProvider.System.GetUtcNow() < giveUpAt)
        {
            await Task.Delay(250);
        }

        var drain = TimeProvider.System.GetUtcNow() - (windowStart + settings.TimerWindow);
        listener.Dispose();
        var fired = lateness.ToArray();

        // A timer that never fired counts as at least as late as the longest wait the phase allowed.
        var samples = fired.Concat(Enumerable.Repeat((giveUpAt - windowStart).TotalMilliseconds, Math.Max(0, settings.Timers - fired.Length))).ToArray();
        return new Result(LatencySummary.From(samples), fired.Length, samples.Length == 0 ? double.NaN : Math.Round(samples.Max(), 1), setUp, drain);
    }
}
