using DurableTask.Core.Settings;
using Workflows.Steps;

namespace Workflows.Orchestration.Orchestrators;

/// <summary>
/// The version an orchestration execution carries (Durable's orchestration versioning): that of the code that started
/// it or continued it as new, from its workflow's <see cref="IWorkflow.Version"/> (<c>"2.0"</c> for version 2). A
/// worker never runs an execution newer than its code; the Function App's <c>host.json</c> says the same with
/// <c>defaultVersion</c> (the highest of the catalog's), <c>versionMatchStrategy: CurrentOrOlder</c> and
/// <c>versionFailureStrategy: Reject</c>.
/// </summary>
public static class OrchestrationVersion
{
    /// <summary>The version of <paramref name="workflow"/>'s orchestration.</summary>
    public static string Of(IWorkflow workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return workflow.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".0";
    }

    /// <summary>The highest version of the catalog's workflows: the Function App's <c>defaultVersion</c>.</summary>
    public static string Highest => Of(WorkflowCatalog.Workflows.Values.MaxBy(w => w.Version)!);

    /// <summary>Compares two versions as Durable does (an empty version is older than any other).</summary>
    public static int Compare(string? version, string? other) => VersioningSettings.CompareVersions(version ?? string.Empty, other ?? string.Empty);
}
