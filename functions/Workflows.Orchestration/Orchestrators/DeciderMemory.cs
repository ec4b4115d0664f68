using System.Text.Json;
using Workflows.Steps;

namespace Workflows.Orchestration.Orchestrators;

/// <summary>
/// What a workflow orchestration remembers between turns and carries across continue-as-new: the decider's state,
/// its pending timers in domain time, the single-use keys already used, the e-mails waiting for a retry and the
/// outcome of the latest signals.
/// </summary>
public sealed record DeciderMemory
{
    /// <summary>The version of the state shape (the decider's <see cref="IWorkflow.Version"/> when last decided).</summary>
    public required int Version { get; init; }

    /// <summary>The decider's state.</summary>
    public required JsonElement State { get; init; }

    /// <summary>The business step.</summary>
    public string? CustomStatus { get; init; }

    /// <summary>Domain tags (desk, comune, partner, category, ...).</summary>
    public Dictionary<string, string> Tags { get; init; } = [];

    /// <summary>Pending timers by name, due in domain time.</summary>
    public Dictionary<string, DateTimeOffset> Timers { get; init; } = [];

    /// <summary>When the instance was created (domain time).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (domain time).</summary>
    public required DateTimeOffset LastUpdatedAt { get; init; }

    /// <summary>Timeline entries so far.</summary>
    public long Sequence { get; init; }

    /// <summary>Domain time minus the orchestration's clock (zero in production).</summary>
    public TimeSpan ClockOffset { get; init; }

    /// <summary>Whether signals may move the domain clock (tests and demo only).</summary>
    public bool ClockTravel { get; init; }

    /// <summary>Single-use keys already used (action links, form keys).</summary>
    public List<string> ConsumedKeys { get; init; } = [];

    /// <summary>E-mails decided so far (their ids are numbered from it).</summary>
    public int EmailCount { get; init; }

    /// <summary>E-mails waiting to be sent again after a temporary failure, by e-mail id.</summary>
    public Dictionary<string, PendingEmail> PendingEmails { get; init; } = [];

    /// <summary>The ids of the signals decided lately (at most 500), so a signal delivered twice is decided once.</summary>
    public List<string> DecidedSignals { get; init; } = [];

    /// <summary>The outcome of the latest signals, newest last (the client waits for its own).</summary>
    public List<SignalOutcome> RecentSignals { get; init; } = [];

    /// <summary>
    /// Signals whose sender saw a later view than this memory has reached, oldest first. Durable sends an episode's
    /// messages (the activity that writes the view among them) before it checkpoints the history; when a worker dies
    /// in between, the turn replays once its message is visible again, after signals raised meanwhile on the strength
    /// of that view. Such a signal waits here until the replayed turn has been taken, then is decided.
    /// </summary>
    public List<WorkflowSignal> Held { get; init; } = [];
}

/// <summary>An e-mail waiting for its next attempt.</summary>
/// <param name="Email">The e-mail as decided.</param>
/// <param name="Attempt">The attempt to make next (2 for the first retry).</param>
public sealed record PendingEmail(SendEmail Email, int Attempt);

/// <summary>What became of one signal.</summary>
/// <param name="SignalId">The signal's id (chosen by the client).</param>
/// <param name="Outcome">Applied, Rejected, AlreadyConsumed or NotRunning.</param>
/// <param name="Reason">The step rules' reason of a refusal.</param>
/// <param name="CustomStatus">The business step after it.</param>
public sealed record SignalOutcome(string SignalId, string Outcome, string? Reason, string? CustomStatus);
