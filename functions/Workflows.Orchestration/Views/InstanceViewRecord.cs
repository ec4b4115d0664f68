using System.Text.Json;
using Workflows.Steps;

namespace Workflows.Orchestration.Views;

/// <summary>
/// The dashboard's row for one instance, written by the orchestration (through <c>WriteViewActivity</c>) and by the
/// client's management commands; what pages, the API and the figures read instead of the task hub.
/// </summary>
public sealed record InstanceViewRecord
{
    /// <summary>The instance id.</summary>
    public required InstanceId InstanceId { get; init; }

    /// <summary>The workflow type name.</summary>
    public required string Name { get; init; }

    /// <summary>The state version.</summary>
    public int Version { get; init; } = 1;

    /// <summary>The runtime status.</summary>
    public required RuntimeStatus RuntimeStatus { get; init; }

    /// <summary>The business step.</summary>
    public string? CustomStatus { get; init; }

    /// <summary>Domain tags.</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>Created (domain time).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Last changed (domain time).</summary>
    public required DateTimeOffset LastUpdatedAt { get; init; }

    /// <summary>The start input (null once erased, or when the update does not carry it).</summary>
    public JsonElement? Input { get; init; }

    /// <summary>The decider's state (null once erased).</summary>
    public JsonElement? State { get; init; }

    /// <summary>Where a state too large for the view row is kept, while the row is being written or read.</summary>
    internal string? StateRef { get; init; }

    /// <summary>The output once ended.</summary>
    public string? Output { get; init; }

    /// <summary>Why it failed.</summary>
    public string? FailureReason { get; init; }

    /// <summary>Pending timers (domain time), the runtime's own excluded.</summary>
    public IReadOnlyList<TimerView> Timers { get; init; } = [];

    /// <summary>Timeline length.</summary>
    public long Sequence { get; init; }

    /// <summary>When its personal data were erased.</summary>
    public DateTimeOffset? ErasedAt { get; init; }

    /// <summary>When it ended (domain time), for retention.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Single-use keys used so far (the client answers "already done" at once).</summary>
    public IReadOnlyList<string> ConsumedKeys { get; init; } = [];

    /// <summary>Outcome of the latest signals.</summary>
    public IReadOnlyList<SignalOutcomeView> RecentSignals { get; init; } = [];

    /// <summary>Domain time minus real time for this instance (zero in production).</summary>
    public TimeSpan ClockOffset { get; init; }
}

/// <summary>A pending timer.</summary>
/// <param name="Name">The timer's name.</param>
/// <param name="DueAt">Due (domain time).</param>
public sealed record TimerView(string Name, DateTimeOffset DueAt);

/// <summary>What became of one signal.</summary>
/// <param name="SignalId">The client's id.</param>
/// <param name="Outcome">Applied, Rejected, AlreadyConsumed, NotRunning.</param>
/// <param name="Reason">The reason of a refusal.</param>
/// <param name="CustomStatus">The step after it.</param>
public sealed record SignalOutcomeView(string SignalId, string Outcome, string? Reason, string? CustomStatus);

/// <summary>One timeline entry.</summary>
/// <param name="Sequence">1-based position.</param>
/// <param name="Kind">Started, EventRaised, TimerFired, Suspended, Resumed, Terminated, Completed, Failed, EmailRefused.</param>
/// <param name="Name">The event or timer name.</param>
/// <param name="Timestamp">Domain time.</param>
/// <param name="CustomStatus">The step after it.</param>
/// <param name="Payload">Event data or reason.</param>
public sealed record TimelineRecord(long Sequence, string Kind, string? Name, DateTimeOffset Timestamp, string? CustomStatus, JsonElement? Payload);

/// <summary>One e-mail of an instance and what became of it (the send record checked before every attempt).</summary>
/// <param name="EmailId">Stable id within the instance.</param>
/// <param name="Template">Template key.</param>
/// <param name="To">Recipient (blank once erased).</param>
/// <param name="Culture">Language.</param>
/// <param name="Status">Pending, Sent or Failed.</param>
/// <param name="Attempts">Attempts so far.</param>
/// <param name="CreatedAt">When it was decided (domain time).</param>
/// <param name="SentAt">When the provider accepted it.</param>
/// <param name="LastError">Last failure.</param>
/// <param name="ProviderMessageId">The provider's id.</param>
/// <param name="Deliveries">Delivery events (JSON array of {event, at, reason}).</param>
public sealed record EmailSendRecord(
    string EmailId,
    string Template,
    string To,
    string Culture,
    string Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SentAt,
    string? LastError,
    string? ProviderMessageId,
    IReadOnlyList<DeliveryRecord> Deliveries);

/// <summary>A delivery event reported by the provider.</summary>
/// <param name="Event">delivered, bounce, dropped, ...</param>
/// <param name="At">When.</param>
/// <param name="Reason">The provider's reason.</param>
public sealed record DeliveryRecord(string Event, DateTimeOffset At, string? Reason);

/// <summary>An e-mail refused for good, listed for operators.</summary>
/// <param name="Id">The failure's id (<c>{instanceId}_{emailId}</c>).</param>
/// <param name="InstanceId">The instance.</param>
/// <param name="EmailId">The e-mail's id.</param>
/// <param name="Template">The template.</param>
/// <param name="Reason">Why (no personal data).</param>
/// <param name="FailedAt">When.</param>
public sealed record FailedEmailRecord(string Id, string InstanceId, string EmailId, string Template, string Reason, DateTimeOffset FailedAt);
