using System.Globalization;

namespace Workflows.Bench;

/// <summary>What the bench runs and for how long. Defaults finish in about three minutes on two cores.</summary>
internal sealed record BenchSettings
{
    public required string ConnectionString { get; init; }

    /// <summary>Concurrent clients of the ceiling and engine throughput phases (the same number for both).</summary>
    public int Concurrency { get; init; } = 32;

    /// <summary>Discarded run before each measured window (JIT, connection pools, Azurite caches).</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The measured window of each throughput and latency phase.</summary>
    public TimeSpan Phase { get; init; } = TimeSpan.FromSeconds(20);

    public int LatencyClients { get; init; } = 20;

    public int Timers { get; init; } = 10_000;

    /// <summary>Timers per instance: 10 000 timers on 1 000 instances keeps the set-up short.</summary>
    public int TimersPerInstance { get; init; } = 10;

    /// <summary>Every timer comes due within this window.</summary>
    public TimeSpan TimerWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Time between the start of the timer phase and the window, for the set-up (starting the instances).</summary>
    public TimeSpan TimerLead { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long after the window the phase waits for stragglers before it gives up.</summary>
    public TimeSpan TimerGrace { get; init; } = TimeSpan.FromSeconds(60);

    public required string OutputPath { get; init; }

    /// <summary>Count storage requests per operation (diagnostic; costs CPU, so not for the reference figures).</summary>
    public bool CountRequests { get; init; }

    /// <summary>The phases to run (all by default): ceiling, engine, latency, timers.</summary>
    public IReadOnlySet<string> Phases { get; init; } = AllPhases;

    public static IReadOnlySet<string> AllPhases { get; } = new HashSet<string>(["ceiling", "engine", "latency", "timers"], StringComparer.Ordinal);

    public bool Runs(string phase) => Phases.Contains(phase);

    /// <summary>
    /// Reads <c>AZURITE_CONNECTION_STRING</c> and the options <c>--out PATH</c>, <c>--concurrency N</c>,
    /// <c>--seconds N</c> (measured window), <c>--timers N</c>, <c>--phases a,b</c> (a subset, for tuning) and
    /// <c>--quick</c> (a short smoke run).
    /// </summary>
    public static BenchSettings FromArgs(IReadOnlyList<string> args)
    {
        var connection = Environment.GetEnvironmentVariable("AZURITE_CONNECTION_STRING") is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true";
        var settings = new BenchSettings
        {
            ConnectionString = connection,
            OutputPath = Path.Combine(RepositoryRoot(), "bench", "results", "latest.json"),
        };
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            settings = args[i] switch
            {
                "--out" => settings with { OutputPath = Path.GetFullPath(Value()) },
                "--concurrency" => settings with { Concurrency = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--seconds" => settings with { Phase = TimeSpan.FromSeconds(int.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--timers" => settings with { Timers = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--phases" => settings with { Phases = new HashSet<string>(Value().Split(','), StringComparer.Ordinal) },
                "--count-requests" => settings with { CountRequests = true },
                "--quick" => settings with
                {
                    WarmUp = TimeSpan.FromSeconds(2),
                    Phase = TimeSpan.FromSeconds(5),
                    Timers = 1_000,
                    TimerWindow = TimeSpan.FromSeconds(10),
                    TimerLead = TimeSpan.FromSeconds(5),
                    TimerGrace = TimeSpan.FromSeconds(30),
                },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --out PATH --concurrency N --seconds N --timers N --phases ceiling,engine,latency,timers --count-requests --quick"),
            };
        }

        return settings;
    }

    /// <summary>The folder holding Workflows.sln, from the working directory or the program's location.</summary>
    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Workflows.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
