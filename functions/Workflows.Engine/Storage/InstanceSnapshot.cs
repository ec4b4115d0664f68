using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace Workflows.Engine.Storage;

/// <summary>The snapshot row of an instance: everything needed to decide the next message, in one entity.</summary>
internal sealed class InstanceSnapshot
{
    public required InstanceId Id { get; init; }
    public required string WorkflowName { get; init; }
    public int Version { get; set; }
    public RuntimeStatus Status { get; set; }
    public string? CustomStatus { get; set; }
    public Dictionary<string, string> Tags { get; set; } = new(StringComparer.Ordinal);
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset LastUpdatedAt { get; set; }
    public string StateJson { get; set; } = "null";
    public string? InputJson { get; set; }
    public string? Output { get; set; }
    public string? FailureReason { get; set; }

    /// <summary>Pending timers by name; the generation tells a stale firing from the current one.</summary>
    public Dictionary<string, TimerEntry> Timers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Timers that fired while suspended, delivered in order on resume.</summary>
    public List<DeferredTimer> Deferred { get; set; } = [];

    /// <summary>History length; also the generation source for timers and outbox ids.</summary>
    public long Sequence { get; set; }

    /// <summary>When the personal data (input, state, output, history, e-mails) were erased; null while kept.</summary>
    public DateTimeOffset? ErasedAt { get; set; }

    public ETag ETag { get; set; }

    public bool IsTerminal => Status is RuntimeStatus.Completed or RuntimeStatus.Failed or RuntimeStatus.Terminated;

    public JsonElement State => JsonDocument.Parse(StateJson).RootElement;

    public InstanceSnapshot Clone() => new()
    {
        Id = Id,
        WorkflowName = WorkflowName,
        Version = Version,
        Status = Status,
        CustomStatus = CustomStatus,
        Tags = new Dictionary<string, string>(Tags, StringComparer.Ordinal),
        CreatedAt = CreatedAt,
        LastUpdatedAt = LastUpdatedAt,
        StateJson = StateJson,
        InputJson = InputJson,
        Output = Output,
        FailureReason = FailureReason,
        Timers = new Dictionary<string, TimerEntry>(Timers, StringComparer.Ordinal),
        Deferred = [.. Deferred],
        Sequence = Sequence,
        ErasedAt = ErasedAt,
        ETag = ETag,
    };

    public TableEntity ToEntity()
    {
        var e = new TableEntity(Id.Value, Keys.Snapshot)
        {
            ["WorkflowName"] = WorkflowName,
            ["WorkflowVersion"] = Version,
            ["RuntimeStatus"] = Status.ToString(),
            ["CustomStatus"] = CustomStatus,
            ["Tags"] = JsonSerializer.Serialize(Tags),
            ["CreatedAt"] = CreatedAt,
            ["LastUpdatedAt"] = LastUpdatedAt,
            ["Output"] = Output,
            ["FailureReason"] = FailureReason,
            ["Timers"] = JsonSerializer.Serialize(Timers),
            ["Deferred"] = JsonSerializer.Serialize(Deferred),
            ["Sequence"] = Sequence,
            ["ErasedAt"] = ErasedAt,
            ETag = ETag,
        };
        LargeText.Write(e, "State", StateJson);
        LargeText.Write(e, "Input", InputJson);
        return e;
    }

    public static InstanceSnapshot FromEntity(TableEntity e) => new()
    {
        Id = InstanceId.Parse(e.PartitionKey),
        WorkflowName = e.GetString("WorkflowName"),
        Version = e.GetInt32("WorkflowVersion") ?? 1,
        Status = Enum.Parse<RuntimeStatus>(e.GetString("RuntimeStatus")),
        CustomStatus = e.GetString("CustomStatus"),
        Tags = JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("Tags") ?? "{}") ?? [],
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? default,
        LastUpdatedAt = e.GetDateTimeOffset("LastUpdatedAt") ?? default,
        StateJson = LargeText.Read(e, "State") ?? "null",
        InputJson = LargeText.Read(e, "Input"),
        Output = e.GetString("Output"),
        FailureReason = e.GetString("FailureReason"),
        Timers = JsonSerializer.Deserialize<Dictionary<string, TimerEntry>>(e.GetString("Timers") ?? "{}") ?? [],
        Deferred = JsonSerializer.Deserialize<List<DeferredTimer>>(e.GetString("Deferred") ?? "[]") ?? [],
        Sequence = e.GetInt64("Sequence") ?? 0,
        ErasedAt = e.GetDateTimeOffset("ErasedAt"),
        ETag = e.ETag,
    };

    public WorkflowMetadata ToMetadata(bool withData, IReadOnlyList<HistoryEvent>? history = null) => new()
    {
        InstanceId = Id,
        Name = WorkflowName,
        Version = Version,
        RuntimeStatus = Status,
        CustomStatus = CustomStatus,
        Tags = Tags,
        CreatedAt = CreatedAt,
        LastUpdatedAt = LastUpdatedAt,
        Input = withData && InputJson is not null ? JsonDocument.Parse(InputJson).RootElement : null,
        State = withData ? State : null,
        Output = Output,
        FailureReason = FailureReason,
        Timers = [.. Timers.OrderBy(t => t.Value.DueAt).Select(t => new ScheduledTimer(t.Key, t.Value.DueAt))],
        HistoryLength = Sequence,
        History = history,
        ErasedAt = ErasedAt,
    };
}

/// <summary>A pending timer.</summary>
internal sealed record TimerEntry(DateTimeOffset DueAt, long Generation);

/// <summary>A timer that came due while the instance was suspended.</summary>
internal sealed record DeferredTimer(string Name, DateTimeOffset DueAt);
