using System.Text.Json;
using Workflows.Host.Runtime;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Host.Api;

/// <summary>
/// The status of one instance in the shape of Durable Functions' status payload (<c>name</c>, <c>instanceId</c>,
/// <c>runtimeStatus</c>, <c>input</c>, <c>customStatus</c>, <c>output</c>, <c>createdTime</c>,
/// <c>lastUpdatedTime</c>, <c>historyEvents</c>), plus what the engine knows besides: tags, state, timers.
/// </summary>
/// <param name="Name">The workflow type.</param>
/// <param name="InstanceId">The instance id.</param>
/// <param name="RuntimeStatus">Pending, Running, Suspended, Completed, Failed or Terminated.</param>
/// <param name="CustomStatus">The business step, e.g. <c>AwaitingPartnerReview</c>.</param>
/// <param name="Tags">Partner, comune, category, ...</param>
/// <param name="Input">The start input (with <c>showInput</c>, single-instance reads only).</param>
/// <param name="State">The current state (with <c>showInput</c>, single-instance reads only).</param>
/// <param name="Output">The completion output.</param>
/// <param name="FailureReason">Why it failed.</param>
/// <param name="CreatedTime">When it started (UTC).</param>
/// <param name="LastUpdatedTime">When it last changed (UTC).</param>
/// <param name="Version">The state version it was last decided with.</param>
/// <param name="HistoryLength">Number of history events.</param>
/// <param name="Timers">Pending durable timers (single-instance reads only).</param>
/// <param name="HistoryEvents">The history (with <c>showHistory=true</c>).</param>
/// <param name="ErasedTime">When the personal data were erased (input, state, output and history are gone); null while kept.</param>
/// <param name="Stalled">Set while its turn keeps failing ("bloccata"): cause, since when, attempts (single-instance reads only).</param>
public sealed record InstanceStatus(
    string Name,
    string InstanceId,
    RuntimeStatus RuntimeStatus,
    string? CustomStatus,
    IReadOnlyDictionary<string, string> Tags,
    JsonElement? Input,
    JsonElement? State,
    string? Output,
    string? FailureReason,
    DateTimeOffset CreatedTime,
    DateTimeOffset LastUpdatedTime,
    int Version,
    long HistoryLength,
    IReadOnlyList<ScheduledTimer>? Timers,
    IReadOnlyList<TimelineEntry>? HistoryEvents,
    DateTimeOffset? ErasedTime,
    StallRecord? Stalled = null)
{
    /// <summary>Maps the engine's metadata; <paramref name="showInput"/> controls input and state.</summary>
    public static InstanceStatus From(WorkflowView m, bool showInput, bool detailed) => new(
        m.Name,
        m.InstanceId.Value,
        m.RuntimeStatus,
        string.IsNullOrEmpty(m.CustomStatus) ? null : m.CustomStatus,
        m.Tags,
        showInput ? m.Input : null,
        showInput ? m.State : null,
        m.Output,
        m.FailureReason,
        m.CreatedAt.ToUniversalTime(),
        m.LastUpdatedAt.ToUniversalTime(),
        m.Version,
        m.HistoryLength,
        detailed ? m.Timers : null,
        m.History,
        m.ErasedAt?.ToUniversalTime());
}
