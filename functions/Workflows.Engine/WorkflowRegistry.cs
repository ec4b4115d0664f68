namespace Workflows.Engine;

/// <summary>The workflows this deployment can decide, by name.</summary>
public sealed class WorkflowRegistry
{
    private readonly Dictionary<string, IWorkflow> _workflows = new(StringComparer.Ordinal);

    /// <summary>Creates a registry of <paramref name="workflows"/>.</summary>
    public WorkflowRegistry(IEnumerable<IWorkflow> workflows)
    {
        foreach (var workflow in workflows)
        {
            if (!_workflows.TryAdd(workflow.Name, workflow))
            {
                throw new ArgumentException($"Workflow '{workflow.Name}' is registered twice.", nameof(workflows));
            }
        }
    }

    /// <summary>All registered workflows.</summary>
    public IReadOnlyCollection<IWorkflow> All => _workflows.Values;

    /// <summary>Finds a workflow by name.</summary>
    public bool TryGet(string name, out IWorkflow workflow) => _workflows.TryGetValue(name, out workflow!);

    /// <summary>Gets a workflow by name or throws <see cref="KeyNotFoundException"/>.</summary>
    public IWorkflow Get(string name) =>
        TryGet(name, out var workflow) ? workflow : throw new KeyNotFoundException($"No workflow named '{name}'.");
}
