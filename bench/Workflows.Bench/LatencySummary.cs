using System.Text.Json.Serialization;

namespace Workflows.Bench;

/// <summary>Percentiles of a set of durations in milliseconds (nearest rank).</summary>
internal sealed record LatencySummary(
    [property: JsonPropertyName("p50")] double P50,
    [property: JsonPropertyName("p95")] double P95,
    [property: JsonPropertyName("p99")] double P99)
{
    public static LatencySummary From(IReadOnlyCollection<double> samples)
    {
        if (samples.Count == 0)
        {
            return new LatencySummary(double.NaN, double.NaN, double.NaN);
        }

        var sorted = samples.Order().ToArray();
        return new LatencySummary(Rank(sorted, 0.50), Rank(sorted, 0.95), Rank(sorted, 0.99));
    }

    private static double Rank(double[] sorted, double p)
    {
        var index = (int)Math.Ceiling(p * sorted.Length) - 1;
        return Math.Round(sorted[Math.Clamp(index, 0, sorted.Length - 1)], 1);
    }
}
