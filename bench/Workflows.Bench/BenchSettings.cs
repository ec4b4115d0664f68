using System.Globalization;
using Workflows.Orchestration.Hosting;

namespace Workflows.Bench;

/// <summary>What the bench runs and for how long. Defaults finish in about four minutes on two cores.</summary>
internal sealed record BenchSettings
{
    public required string ConnectionString { get; init; }

    /// <summary>Discarded run before each measured latency window (JIT, connection pools, partition leases).</summary>
    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The measured window of each latency phase.</summary>
    public TimeSpan Phase { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Clients of the concurrent latency phase.</summary>
    public int LatencyClients { get; init; } = 20;

    /// <summary>Instances taken end to end (start, event, e-mail, close) by the throughput phase.</summary>
    public int Instances { get; init; } = 500;

    /// <summary>Instances taken end to end through the web app's seam (context: its calls poll the view).</summary>
    public int SeamInstances { get; init; } = 100;

    /// <summary>Instances in flight at once in the throughput phase.</summary>
    public int InstanceConcurrency { get; init; } = 50;

    public int Timers { get; init; } = 1_000;

    /// <summary>Reminder timers per instance (the orchestrator arms one durable timer at a time, the earliest).</summary>
    public int TimersPerInstance { get; init; } = 10;

    /// <summary>Every timer comes due within this window.</summary>
    public TimeSpan TimerWindow { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Time between the start of the timer phase and the window, for the set-up (starting the instances).</summary>
    public TimeSpan TimerLead { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long after the window the phase waits for stragglers before it gives up.</summary>
    public TimeSpan TimerGrace { get; init; } = TimeSpan.FromSeconds(30);

    public required string OutputPath { get; init; }

    /// <summary>The phases to run (all by default): single, concurrent, instances, seam, timers.</summary>
    public IReadOnlySet<string> Phases { get; init; } = AllPhases;

    public static IReadOnlySet<string> AllPhases { get; } = new HashSet<string>(["single", "concurrent", "instances", "bare", "seam", "timers"], StringComparer.Ordinal);

    // The provider settings, through TaskHubOptions; the product defaults unless an option says otherwise.
    public int PartitionCount { get; init; } = new TaskHubOptions().PartitionCount;

    public TimeSpan MaxQueuePollingInterval { get; init; } = new TaskHubOptions().MaxQueuePollingInterval;

    public int MaxConcurrentOrchestrations { get; init; } = new TaskHubOptions().MaxConcurrentOrchestrations;

    public int MaxConcurrentActivities { get; init; } = new TaskHubOptions().MaxConcurrentActivities;

    public bool ExtendedSessions { get; init; } = new TaskHubOptions().ExtendedSessions;

    public bool Runs(string phase) => Phases.Contains(phase);

    /// <summary>The task hub options of a run (its own hub name).</summary>
    public TaskHubOptions Hub(string name) => new()
    {
        Name = name,
        PartitionCount = PartitionCount,
        MaxQueuePollingInterval = MaxQueuePollingInterval,
        MaxConcurrentOrchestrations = MaxConcurrentOrchestrations,
        MaxConcurrentActivities = MaxConcurrentActivities,
        ExtendedSessions = ExtendedSessions,
        AllowClockTravel = false, // Real time: the timers are the real durable timers.
    };

    private const string Usage = "Options: --out PATH --seconds N --clients N --instances N --seam-instances N --instance-concurrency N --timers N --phases single,concurrent,instances,seam,timers "
        + "--partitions N --polling-ms N --max-orchestrations N --max-activities N --extended-sessions true|false --quick";

    /// <summary>Reads <c>AZURITE_CONNECTION_STRING</c> and the options (see <see cref="Usage"/> and bench/README.md).</summary>
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
            int Number() => int.Parse(Value(), CultureInfo.InvariantCulture);
            settings = args[i] switch
            {
                "--out" => settings with { OutputPath = Path.GetFullPath(Value()) },
                "--seconds" => settings with { Phase = TimeSpan.FromSeconds(Number()) },
                "--clients" => settings with { LatencyClients = Number() },
                "--instances" => settings with { Instances = Number() },
                "--seam-instances" => settings with { SeamInstances = Number() },
                "--instance-concurrency" => settings with { InstanceConcurrency = Number() },
                "--timers" => settings with { Timers = Number() },
                "--phases" => settings with { Phases = new HashSet<string>(Value().Split(','), StringComparer.Ordinal) },
                "--partitions" => settings with { PartitionCount = Number() },
                "--polling-ms" => settings with { MaxQueuePollingInterval = TimeSpan.FromMilliseconds(Number()) },
                "--max-orchestrations" => settings with { MaxConcurrentOrchestrations = Number() },
                "--max-activities" => settings with { MaxConcurrentActivities = Number() },
                "--extended-sessions" => settings with { ExtendedSessions = bool.Parse(Value()) },
                "--quick" => settings with
                {
                    WarmUp = TimeSpan.FromSeconds(3),
                    Phase = TimeSpan.FromSeconds(8),
                    Instances = 100,
                    SeamInstances = 50,
                    Timers = 200,
                    TimerWindow = TimeSpan.FromSeconds(15),
                    TimerLead = TimeSpan.FromSeconds(8),
                },
                _ => throw new ArgumentException($"Unknown option {args[i]}. {Usage}"),
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
