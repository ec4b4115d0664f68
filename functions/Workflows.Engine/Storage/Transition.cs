using System.Text.Json;
using Azure.Data.Tables;

namespace Workflows.Engine.Storage;

/// <summary>
/// One transition being built: the next snapshot plus the rows that go with it in the same entity-group
/// transaction (history, outbox, consumed key), and the timers whose due-index rows must exist first.
/// Building does no I/O.
/// </summary>
internal sealed class Transition
{
    private const int MaxEntitiesPerBatch = 100;

    public Transition(InstanceSnapshot next, DateTimeOffset now, bool isStart)
    {
        Next = next;
        Now = now;
        IsStart = isStart;
        next.LastUpdatedAt = now;
    }

    public InstanceSnapshot Next { get; }
    public DateTimeOffset Now { get; }
    public bool IsStart { get; }
    public List<TableEntity> History { get; } = [];
    public List<TableEntity> Outbox { get; } = [];
    public List<(string Name, TimerEntry Timer)> NewTimers { get; } = [];
    public string? ConsumeKey { get; set; }

    public void Record(string kind, string? name, string? payloadJson)
    {
        Next.Sequence++;
        History.Add(new TableEntity(Next.Id.Value, Keys.History(Next.Sequence))
        {
            ["Kind"] = kind,
            ["Name"] = name,
            ["Payload"] = payloadJson is null ? null : LargeText.Truncate(payloadJson),
            ["CustomStatus"] = Next.CustomStatus,
            ["At"] = Now,
        });
    }

    /// <summary>Applies a decision to the next snapshot; returns the rejection reason if the decider refused.</summary>
    public string? Apply(RawDecision decision, int workflowVersion, string kind, string? name, string? payloadJson)
    {
        if (decision.Rejection is not null)
        {
            return decision.Rejection;
        }

        Next.StateJson = decision.State.GetRawText();
        Next.Version = workflowVersion;
        if (decision.CustomStatus is not null)
        {
            Next.CustomStatus = decision.CustomStatus;
        }

        if (decision.Tags is not null)
        {
            foreach (var tag in decision.Tags.Keys.Where(t => !Keys.IsValidTagName(t)))
            {
                throw new ArgumentException($"Tag name '{tag}' must be letters and digits, starting with a letter.");
            }

            Next.Tags = new Dictionary<string, string>(decision.Tags, StringComparer.Ordinal);
        }

        Record(kind, name, payloadJson);
        var outboxIndex = 0;
        foreach (var effect in decision.Effects)
        {
            switch (effect)
            {
                case ScheduleTimer t:
                    if (!Keys.IsValidTimerName(t.Name))
                    {
                        throw new ArgumentException($"Timer name '{t.Name}' must be 1-100 letters, digits or - _ . :");
                    }

                    var entry = new TimerEntry(t.DueAt, Next.Sequence);
                    Next.Timers[t.Name] = entry;
                    NewTimers.RemoveAll(n => n.Name == t.Name);
                    NewTimers.Add((t.Name, entry));
                    break;
                case CancelTimer c:
                    Next.Timers.Remove(c.Name);
                    NewTimers.RemoveAll(n => n.Name == c.Name);
                    break;
                case SendEmail mail:
                    var id = Keys.OutboxId(Next.Sequence, outboxIndex++);
                    var row = new TableEntity(Next.Id.Value, Keys.Outbox(id))
                    {
                        ["WorkflowName"] = Next.WorkflowName,
                        ["Template"] = mail.Template,
                        ["To"] = mail.To,
                        ["Culture"] = mail.Culture,
                        ["Status"] = OutboxStatus.Pending,
                        ["Attempts"] = 0,
                        ["CreatedAt"] = Now,
                    };
                    LargeText.Write(row, "Model", mail.Model.ValueKind == JsonValueKind.Undefined ? "null" : mail.Model.GetRawText());
                    Outbox.Add(row);
                    break;
                default:
                    throw new NotSupportedException($"Unknown effect {effect.GetType().Name}.");
            }
        }

        if (decision.Completion is { } completion)
        {
            if (completion.Status is not (RuntimeStatus.Completed or RuntimeStatus.Failed))
            {
                throw new ArgumentException("A decision completes as Completed or Failed only.");
            }

            End(completion.Status, completion.Output);
            Record(completion.Status.ToString(), null, completion.Output is null ? null : JsonSerializer.Serialize(new { output = completion.Output }));
        }

        return null;
    }

    public void End(RuntimeStatus status, string? output)
    {
        Next.Status = status;
        Next.Output = output;
        Next.Timers.Clear();
        Next.Deferred.Clear();
        NewTimers.Clear();
    }

    public IReadOnlyList<TableTransactionAction> ToBatch()
    {
        var snapshot = Next.ToEntity();
        var actions = new List<TableTransactionAction>
        {
            IsStart
                ? new TableTransactionAction(TableTransactionActionType.Add, snapshot)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, snapshot, Next.ETag),
        };
        actions.AddRange(History.Select(h => new TableTransactionAction(TableTransactionActionType.Add, h)));
        actions.AddRange(Outbox.Select(o => new TableTransactionAction(TableTransactionActionType.Add, o)));
        if (ConsumeKey is not null)
        {
            actions.Add(new TableTransactionAction(
                TableTransactionActionType.Add,
                new TableEntity(Next.Id.Value, Keys.Consumed(ConsumeKey)) { ["At"] = Now }));
        }

        if (actions.Count > MaxEntitiesPerBatch)
        {
            throw new InvalidOperationException($"A transition may write at most {MaxEntitiesPerBatch} rows; this one wrote {actions.Count}.");
        }

        return actions;
    }
}

/// <summary>Outbox row states.</summary>
internal static class OutboxStatus
{
    public const string Pending = "Pending";
    public const string Sent = "Sent";
    public const string Failed = "Failed";
}
