using Azure.Core;

namespace Workflows.Engine;

/// <summary>Where the engine keeps its state and work, and how it retries.</summary>
public sealed class WorkflowEngineOptions
{
    /// <summary>A storage connection string (Azurite locally). Either this or the service URIs.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The Table service endpoint, used with <see cref="Credential"/> (managed identity in Azure).</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>The Queue service endpoint, used with <see cref="Credential"/>.</summary>
    public Uri? QueueServiceUri { get; set; }

    /// <summary>The credential for the service URIs (e.g. DefaultAzureCredential).</summary>
    public TokenCredential? Credential { get; set; }

    /// <summary>Prefix of the engine's table names (letters and digits), so tests can isolate themselves.</summary>
    public string TablePrefix { get; set; } = "wf";

    /// <summary>The queue carrying timer, outbox and retry work.</summary>
    public string WorkQueueName { get; set; } = "work";

    /// <summary>The queue receiving what failed for good, with the reason.</summary>
    public string PoisonQueueName { get; set; } = "work-poison";

    /// <summary>Attempts of one e-mail before it goes to the poison queue.</summary>
    public int MaxDispatchAttempts { get; set; } = 6;

    /// <summary>Deliveries of one queue message before it goes to the poison queue (matches host.json maxDequeueCount).</summary>
    public int MaxDequeueCount { get; set; } = 5;

    /// <summary>First retry delay of a failed dispatch; doubles each attempt, capped at <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Cap of the dispatch retry delay.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long after commit the sweeper considers an outbox item or a due timer abandoned by the fast path
    /// (queue) and carries it out itself.
    /// </summary>
    public TimeSpan SweepGrace { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a dispatcher holds an outbox item before another may take it.</summary>
    public TimeSpan DispatchLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Conflict retries of one transition before giving up with <see cref="WorkflowConcurrencyException"/>.</summary>
    public int MaxConflictRetries { get; set; } = 200;

    /// <summary>Messages the local queue listener handles at once.</summary>
    public int ListenerConcurrency { get; set; } = 32;

    /// <summary>How often the local sweeper runs.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// In local mode, timers due within this horizon are held in memory by the process that committed them and fired
    /// on time without a queue message; the due index and the sweeper still fire them if the process stops. Zero sends
    /// every timer through the queue. Has no effect without <see cref="RunLocalWorkers"/>.
    /// </summary>
    public TimeSpan InProcessTimerHorizon { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Snapshots of recently committed instances kept in memory so their next transition skips the load read
    /// (the commit is still guarded by the ETag; a stale one costs a conflict and a reload). Zero turns it off.
    /// </summary>
    public int SnapshotCacheCapacity { get; set; } = 10_000;

    /// <summary>Run the in-process queue listener and sweeper (local mode). Off under the Functions host.</summary>
    public bool RunLocalWorkers { get; set; } = true;
}
