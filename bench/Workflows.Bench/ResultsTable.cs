using System.Globalization;

namespace Workflows.Bench;

/// <summary>Prints the figures as a table, each with its target.</summary>
internal static class ResultsTable
{
    public static void Print(BenchReport r)
    {
        var rows = new List<(string Metric, string Value, string Target, bool? Met)>
        {
            ("event -> e-mail p50, one at a time", F(r.EventToEmailMs.P50, " ms"), string.Empty, null),
            ("event -> e-mail p95, one at a time", F(r.EventToEmailMs.P95, " ms"), "<= 500 ms", r.Targets["eventToEmailMs.p95<=500"]),
            ("event -> e-mail p99, one at a time", F(r.EventToEmailMs.P99, " ms"), string.Empty, null),
            ("event -> e-mail p50, 20 concurrent", F(r.EventToEmailConcurrentMs.P50, " ms"), string.Empty, null),
            ("event -> e-mail p95, 20 concurrent", F(r.EventToEmailConcurrentMs.P95, " ms"), "<= 1500 ms", r.Targets["eventToEmailConcurrentMs.p95<=1500"]),
            ("event -> e-mail p99, 20 concurrent", F(r.EventToEmailConcurrentMs.P99, " ms"), string.Empty, null),
            ("instances end to end", F(r.InstancesPerSecond, "/s"), string.Empty, null),
            ("bare Durable, same shape", F(r.BareInstancesPerSecond, "/s"), string.Empty, null),
            ("ours / bare Durable", F(r.DurableOverheadRatio, string.Empty, "F2"), ">= 0.8", r.Targets["durableOverheadRatio>=0.8"]),
            ($"timer lateness min ({r.Timers} timers)", F(r.TimerLatenessMs.Min, " ms"), ">= 0 ms", r.Targets["timerLatenessMs.min>=0"]),
            ("timer lateness p50", F(r.TimerLatenessMs.P50, " ms"), string.Empty, null),
            ("timer lateness p95", F(r.TimerLatenessMs.P95, " ms"), string.Empty, null),
            ("timer lateness p99", F(r.TimerLatenessMs.P99, " ms"), "<= 2000 ms", r.Targets["timerLatenessMs.p99<=2000"]),
            ("peak RSS", F(r.PeakRssMb, " MB"), "<= 300 MB", r.Targets["peakRssMb<=300"]),
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
