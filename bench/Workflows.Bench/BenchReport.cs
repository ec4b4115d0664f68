using System.Text.Json.Serialization;

namespace Workflows.Bench;

/// <summary>What <c>bench/results/latest.json</c> holds. The first eight keys are the contract; the rest is context.</summary>
internal sealed record BenchReport
{
    [JsonPropertyName("ceilingPerSecond")]
    public required double CeilingPerSecond { get; init; }

    [JsonPropertyName("enginePerSecond")]
    public required double EnginePerSecond { get; init; }

    [JsonPropertyName("ratio")]
    public required double Ratio { get; init; }

    [JsonPropertyName("eventToDispatchMs")]
    public required LatencySummary EventToDispatchMs { get; init; }

    [JsonPropertyName("timerLatenessMs")]
    public required LatencySummary TimerLatenessMs { get; init; }

    [JsonPropertyName("timers")]
    public required int Timers { get; init; }

    [JsonPropertyName("peakRssMb")]
    public required double PeakRssMb { get; init; }

    [JsonPropertyName("targets")]
    public required IReadOnlyDictionary<string, bool> Targets { get; init; }

    [JsonPropertyName("details")]
    public required IReadOnlyDictionary<string, object> Details { get; init; }

    [JsonPropertyName("settings")]
    public required IReadOnlyDictionary<string, object> Settings { get; init; }

    [JsonPropertyName("machine")]
    public required IReadOnlyDictionary<string, object> Machine { get; init; }
}
