using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Host.Runtime;

/// <summary>Status questions the runtime asks of a view.</summary>
internal static class RuntimeStatusExtensions
{
    public static bool IsRunning(this RuntimeStatus status) => status is RuntimeStatus.Running or RuntimeStatus.Pending;

    public static bool IsTerminal(this InstanceViewRecord view) =>
        view.RuntimeStatus is RuntimeStatus.Completed or RuntimeStatus.Failed or RuntimeStatus.Terminated;
}
