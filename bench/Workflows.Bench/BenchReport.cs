using System.Text.Json.Serialization;

namespace Workflows.Bench;

/// <summary>What <c>bench/results/latest.json</c> holds. The keys up to <c>provider</c> are the contract; the rest is context.</summary>
internal sealed record BenchReport
{
    [JsonPropertyName("eventToEmailMs")]
    public required LatencySummary EventToEmailMs { get; init; }

    [JsonPropertyName("eventToEmailConcurrentMs")]
    public required LatencySummary EventToEmailConcurrentMs { get; init; }

    [JsonPropertyName("instancesPerSecond")]
    public required double InstancesPerSecond { get; init; }

    /// <summary>The same shape as bare Durable (<see cref="BarePhase"/>), same run, same Azurite.</summary>
    [JsonPropertyName("bareInstancesPerSecond")]
    public required double BareInstancesPerSecond { get; init; }

    /// <summary><see cref="InstancesPerSecond"/> ÷ <see cref="BareInstancesPerSecond"/>: what the service keeps of Durable's own rate.</summary>
    [JsonPropertyName("durableOverheadRatio")]
    public required double DurableOverheadRatio { get; init; }

    [JsonPropertyName("timerLatenessMs")]
    public required TimerPhase.Lateness TimerLatenessMs { get; init; }

    [JsonPropertyName("timers")]
    public required int Timers { get; init; }

    [JsonPropertyName("peakRssMb")]
    public required double PeakRssMb { get; init; }

    [JsonPropertyName("provider")]
    public required IReadOnlyDictionary<string, object> Provider { get; init; }

    [JsonPropertyName("targets")]
    public required IReadOnlyDictionary<string, bool> Targets { get; init; }

    [JsonPropertyName("details")]
    public required IReadOnlyDictionary<string, object> Details { get; init; }

    [JsonPropertyName("settings")]
    public required IReadOnlyDictionary<string, object> Settings { get; init; }

    [JsonPropertyName("machine")]
    public required IReadOnlyDictionary<string, object> Machine { get; init; }
}
