using DurableTask.Core.Settings;
using Workflows.Steps;

namespace Workflows.Orchestration.Orchestrators;

/// <summary>
/// The version an orchestration execution carries (Durable's orchestration versioning): that of the code that started
/// it or continued it as new, from its workflow's <see cref="IWorkflow.Version"/> (<c>"2.1"</c> for version 2 under orchestrator revision 1). A
/// worker never runs an execution newer than its code; the Function App's <c>host.json</c> says the same with
/// <c>defaultVersion</c> (the highest of the catalog's), <c>versionMatchStrategy: CurrentOrOlder</c> and
/// <c>versionFailureStrategy: Reject</c>.
/// </summary>
public static class OrchestrationVersion
{
    /// <summary>
    /// The orchestrator's own revision, the version's minor part: raised when a change to <see cref="DeciderOrchestrator"/>
    /// would replay a past execution differently, the older behaviour kept for the executions that carry an older one.
    /// 1: the armed timer is kept across signals.
    /// </summary>
    public const int OrchestratorRevision = 1;

    /// <summary>The version of <paramref name="workflow"/>'s orchestration: its version, then the orchestrator's revision.</summary>
    public static string Of(IWorkflow workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{workflow.Version}.{OrchestratorRevision}");
    }

    /// <summary>The orchestrator revision an execution's version carries (0 for none).</summary>
    public static int RevisionOf(string? version) =>
        System.Version.TryParse(version, out var parsed) && parsed.Minor > 0 ? parsed.Minor : 0;

    /// <summary>The highest version of the catalog's workflows: the Function App's <c>defaultVersion</c>.</summary>
    public static string Highest => Of(WorkflowCatalog.Workflows.Values.MaxBy(w => w.Version)!);

    /// <summary>Compares two versions as Durable does (an empty version is older than any other).</summary>
    public static int Compare(string? version, string? other) => VersioningSettings.CompareVersions(version ?? string.Empty, other ?? string.Empty);
}
