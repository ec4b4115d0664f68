using Microsoft.DurableTask;
using Workflows.Orchestration.Views;

namespace Workflows.Orchestration.Activities;

/// <summary>Writes the dashboard's view of an instance and its new timeline entries after a turn.</summary>
public sealed class WriteViewActivity(WorkflowViewStore store) : TaskActivity<ViewUpdate, bool>
{
    /// <summary>The activity's name in the task hub.</summary>
    public const string Name = "WriteView";

    /// <inheritdoc />
    public override async Task<bool> RunAsync(TaskActivityContext context, ViewUpdate input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await store.WriteAsync(input.View, input.NewEntries, CancellationToken.None);
        return true;
    }
}

/// <summary>The view after a turn and the timeline entries the turn added.</summary>
/// <param name="View">The view.</param>
/// <param name="NewEntries">The new timeline entries.</param>
public sealed record ViewUpdate(InstanceViewRecord View, IReadOnlyList<TimelineRecord> NewEntries);
