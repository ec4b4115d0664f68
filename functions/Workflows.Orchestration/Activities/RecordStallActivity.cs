using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Workflows.Orchestration.Views;

namespace Workflows.Orchestration.Activities;

/// <summary>
/// Records a stalled turn in the operators' list (<c>&lt;prefix&gt;Stalled</c>, read by the dashboard and
/// <c>GET /api/instances/stalled</c>) and logs it as an error (stable event id 5010: the alert rule's trigger). When the
/// turn goes through, <see cref="CompleteTurnActivity"/> removes it.
/// </summary>
public sealed class RecordStallActivity(WorkflowViewStore store, ILogger<RecordStallActivity> logger) : TaskActivity<StallRecord, bool>
{
    /// <summary>The activity's name in the task hub.</summary>
    public const string Name = "RecordStall";

    /// <inheritdoc />
    public override async Task<bool> RunAsync(TaskActivityContext context, StallRecord input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Logs.TurnStalled(logger, input.InstanceId, input.WorkflowName, input.Attempts);
        await store.RecordStallAsync(input, CancellationToken.None);
        return true;
    }
}
