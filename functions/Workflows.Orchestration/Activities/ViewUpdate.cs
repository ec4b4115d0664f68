using Workflows.Orchestration.Views;

namespace Workflows.Orchestration.Activities;

/// <summary>The view after a turn and the timeline entries the turn added.</summary>
/// <param name="View">The view.</param>
/// <param name="NewEntries">The new timeline entries.</param>
public sealed record ViewUpdate(InstanceViewRecord View, IReadOnlyList<TimelineRecord> NewEntries);
