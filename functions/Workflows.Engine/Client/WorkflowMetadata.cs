using System.Text.Json;

namespace Workflows.Engine;

/// <summary>The status snapshot of one instance.</summary>
public sealed record WorkflowMetadata
{
    /// <summary>The instance id.</summary>
    public required InstanceId InstanceId { get; init; }

    /// <summary>The workflow type.</summary>
    public required string Name { get; init; }

    /// <summary>The state version the instance was last decided with.</summary>
    public required int Version { get; init; }

    /// <summary>The engine-level status.</summary>
    public required RuntimeStatus RuntimeStatus { get; init; }

    /// <summary>The business step.</summary>
    public string? CustomStatus { get; init; }

    /// <summary>Domain tags (partner, comune, ...).</summary>
    public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();

    /// <summary>When it started.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public required DateTimeOffset LastUpdatedAt { get; init; }

    /// <summary>The start input.</summary>
    public JsonElement? Input { get; init; }

    /// <summary>The current state.</summary>
    public JsonElement? State { get; init; }

    /// <summary>The completion output, when ended.</summary>
    public string? Output { get; init; }

    /// <summary>Why it failed, when <see cref="RuntimeStatus.Failed"/>.</summary>
    public string? FailureReason { get; init; }

    /// <summary>Pending durable timers.</summary>
    public IReadOnlyList<ScheduledTimer> Timers { get; init; } = [];

    /// <summary>Number of history rows.</summary>
    public long HistoryLength { get; init; }

    /// <summary>The history, when asked for.</summary>
    public IReadOnlyList<HistoryEvent>? History { get; init; }

    /// <summary>
    /// When its personal data were erased (retention or a data subject's request): input, state, output, history and
    /// e-mails are gone; status, step, tags and dates remain for the figures. Null while the data are kept.
    /// </summary>
    public DateTimeOffset? ErasedAt { get; init; }

    /// <summary>True once it can no longer change (Completed, Failed, Terminated).</summary>
    public bool IsTerminal => RuntimeStatus is RuntimeStatus.Completed or RuntimeStatus.Failed or RuntimeStatus.Terminated;

    /// <summary>True while it waits for events or timers.</summary>
    public bool IsRunning => RuntimeStatus is RuntimeStatus.Running or RuntimeStatus.Pending;
}
