using System.Text.Json;
using Workflows.Steps;

namespace Workflows.Host.Runtime;

/// <summary>The app's view of one instance: status, business step, tags, state and timeline.</summary>
public sealed record WorkflowView
{
    /// <summary>The instance id.</summary>
    public required InstanceId InstanceId { get; init; }

    /// <summary>The workflow type name (e.g. <c>DeskRequest</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The state version it was last decided with.</summary>
    public required int Version { get; init; }

    /// <summary>The runtime status.</summary>
    public required RuntimeStatus RuntimeStatus { get; init; }

    /// <summary>The business step (e.g. <c>AwaitingPartnerReview</c>).</summary>
    public string? CustomStatus { get; init; }

    /// <summary>Domain tags (desk, comune, partner, category, ...).</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>When it was created (domain time).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed (domain time).</summary>
    public required DateTimeOffset LastUpdatedAt { get; init; }

    /// <summary>The start input (null once erased).</summary>
    public JsonElement? Input { get; init; }

    /// <summary>The workflow state (null once erased).</summary>
    public JsonElement? State { get; init; }

    /// <summary>The output once ended.</summary>
    public string? Output { get; init; }

    /// <summary>Why it failed, when it failed.</summary>
    public string? FailureReason { get; init; }

    /// <summary>Pending timers (reminders, deadlines) in domain time.</summary>
    public IReadOnlyList<ScheduledTimer> Timers { get; init; } = [];

    /// <summary>How many timeline entries it has.</summary>
    public long HistoryLength { get; init; }

    /// <summary>The timeline, when asked for.</summary>
    public IReadOnlyList<TimelineEntry>? History { get; init; }

    /// <summary>When its personal data were erased, if they were.</summary>
    public DateTimeOffset? ErasedAt { get; init; }

    /// <summary>Completed, failed or terminated.</summary>
    public bool IsTerminal => RuntimeStatus is RuntimeStatus.Completed or RuntimeStatus.Failed or RuntimeStatus.Terminated;

    /// <summary>Pending or running.</summary>
    public bool IsRunning => RuntimeStatus is RuntimeStatus.Running or RuntimeStatus.Pending;
}

/// <summary>A pending timer of an instance.</summary>
/// <param name="Name">The timer's name (e.g. <c>partner-reminder-1</c>).</param>
/// <param name="DueAt">When it is due (domain time).</param>
public sealed record ScheduledTimer(string Name, DateTimeOffset DueAt);

/// <summary>One page of a query.</summary>
/// <param name="Items">The instances.</param>
/// <param name="ContinuationToken">Pass it back for the next page; null on the last.</param>
public sealed record WorkflowViewPage(IReadOnlyList<WorkflowView> Items, string? ContinuationToken);
