using System.ComponentModel.DataAnnotations;

namespace Workflows.Orchestration.Hosting;

/// <summary>
/// The Durable task hub on Azure Storage, shared by the Function App (its <c>host.json</c>) and the web app: the same
/// hub name and partition count on both sides (the client routes to control queues by partition).
/// </summary>
public sealed class TaskHubOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "TaskHub";

    /// <summary>The task hub name (letters and digits, 3–45), e.g. <c>deskworkflows</c>.</summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{2,44}$")]
    public string Name { get; set; } = "deskworkflows";

    /// <summary>Control-queue partitions (1–16); the same on every app of the hub.</summary>
    [Range(1, 16)]
    public int PartitionCount { get; set; } = 4;

    /// <summary>
    /// Runs the orchestrations and activities in this process (locally and in tests). Off in the Azure web app, where
    /// the Function App runs them.
    /// </summary>
    public bool RunWorker { get; set; } = true;

    /// <summary>The longest wait between polls of an idle queue.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Orchestration work items processed at once. With <see cref="ExtendedSessions"/> an instance waiting for its next
    /// message keeps its slot for the session's idle timeout (30 s), so this is well above the instances active at once.
    /// </summary>
    [Range(1, 5000)]
    public int MaxConcurrentOrchestrations { get; set; } = 1000;

    /// <summary>Activity work items processed at once.</summary>
    [Range(1, 1000)]
    public int MaxConcurrentActivities { get; set; } = 20;

    /// <summary>
    /// How long a message a worker took stays hidden from the others (Durable's default: 5 minutes). After a worker
    /// dies, its in-flight work comes back after this time, so it bounds how long a crash delays a request; it must be
    /// well above the longest episode or activity, or a slow one runs twice.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:10:00")]
    public TimeSpan MessageVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// On a graceful stop (a deployment, a restart, a scale-in) the worker lets its work items finish and hands its
    /// partitions over, so nothing it had taken waits out <see cref="MessageVisibilityTimeout"/> (up to 8 s more per
    /// stop). Off only where the task hub is thrown away after the stop (tests).
    /// </summary>
    public bool DrainOnStop { get; set; } = true;

    /// <summary>
    /// Keeps an orchestration's history and state in memory between episodes for up to 30 s idle, so a turn's episodes
    /// (the message, then its activity's result) skip the history read and the replay. Measured: 5.4 → 9.1 instances a
    /// second, timer lateness p99 3.9 → 1.4 s (bench/README.md), with <see cref="MaxConcurrentOrchestrations"/> high
    /// enough for idle sessions.
    /// </summary>
    public bool ExtendedSessions { get; set; } = true;

    /// <summary>
    /// How long a page or API call waits for the orchestration to say what became of an event before answering that
    /// it was received and will be handled (3 s for people; tests wait longer on a loaded machine).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan OutcomeWait { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Tests and the demo only: the domain clock of instances may be moved forward (the app's <see cref="TimeProvider"/>
    /// travels with every signal). Production refuses to start with it.
    /// </summary>
    public bool AllowClockTravel { get; set; }

    /// <summary>How a turn's effects are retried before it stalls, and a stalled turn tried again (<c>TaskHub:Turns</c>).</summary>
    public Workflows.Orchestration.Orchestrators.TurnPolicy Turns { get; set; } = new();

    /// <summary>
    /// How often the web app raises again the signals it acknowledged whose outcome has not come (and the first wait
    /// before it does; then doubling): 30 s (<c>TaskHub:SignalRedelivery</c>).
    /// </summary>
    public TimeSpan SignalRedelivery { get; set; } = TimeSpan.FromSeconds(30);
}
