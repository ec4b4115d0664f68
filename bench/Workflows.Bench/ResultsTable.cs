using System.Globalization;

namespace Workflows.Bench;

/// <summary>Prints the figures as a table, each with its target.</summary>
internal static class ResultsTable
{
    public static void Print(BenchReport r)
    {
        var rows = new List<(string Metric, string Value, string Target, bool? Met)>
        {
            ("raw ceiling (tx + enqueue)", F(r.CeilingPerSecond, "/s"), string.Empty, null),
            ("engine transitions", F(r.EnginePerSecond, "/s"), string.Empty, null),
            ("ratio engine / ceiling", F(r.Ratio, string.Empty, "F3"), ">= 0.5", r.Targets["ratio>=0.5"]),
            ("  sustained with every e-mail dispatched", F((double)r.Details["engineWithDispatchPerSecond"], "/s"), string.Empty, null),
            ("  its ratio to the ceiling", F((double)r.Details["ratioWithDispatch"], string.Empty, "F3"), string.Empty, null),
            ("event -> dispatched p50", F(r.EventToDispatchMs.P50, " ms"), string.Empty, null),
            ("event -> dispatched p95", F(r.EventToDispatchMs.P95, " ms"), "<= 1000 ms", r.Targets["eventToDispatchMs.p95<=1000"]),
            ("event -> dispatched p99", F(r.EventToDispatchMs.P99, " ms"), string.Empty, null),
            ($"timer lateness p50 ({r.Timers} timers)", F(r.TimerLatenessMs.P50, " ms"), string.Empty, null),
            ("timer lateness p95", F(r.TimerLatenessMs.P95, " ms"), string.Empty, null),
            ("timer lateness p99", F(r.TimerLatenessMs.P99, " ms"), "<= 5000 ms", r.Targets["timerLatenessMs.p99<=5000"]),
            ("peak RSS", F(r.PeakRssMb, " MB"), string.Empty, null),
        };
        var w1 = rows.Max(x => x.Metric.Length);
        var w2 = rows.Max(x => x.Value.Length);
        var w3 = Math.Max(6, rows.Max(x => x.Target.Length));
        var line = new string('-', w1 + w2 + w3 + 15);
        Console.WriteLine();
        Console.WriteLine(line);
        Console.WriteLine($"| {"metric".PadRight(w1)} | {"value".PadLeft(w2)} | {"target".PadRight(w3)} | ok  |");
        Console.WriteLine(line);
        foreach (var (metric, value, target, met) in rows)
        {
            Console.WriteLine($"| {metric.PadRight(w1)} | {value.PadLeft(w2)} | {target.PadRight(w3)} | {(met is null ? "   " : met.Value ? "yes" : "NO ")} |");
        }

        Console.WriteLine(line);
    }

    private static string F(double value, string unit, string format = "F1") =>
        value.ToString(format, CultureInfo.InvariantCulture) + unit;
}
