namespace Workflows.Host.Web.Coordinator;

/// <summary>
/// The steps of a workflow in the order the instance page draws them. Register one per workflow
/// (<c>services.AddSingleton(new WorkflowDiagram(...))</c>); a workflow without one is drawn from the steps its
/// history went through.
/// </summary>
/// <param name="WorkflowName">The workflow type.</param>
/// <param name="Steps">Its custom statuses, in order.</param>
/// <param name="Endings">The steps that end it (drawn as alternatives).</param>
public sealed record WorkflowDiagram(string WorkflowName, IReadOnlyList<string> Steps, IReadOnlySet<string> Endings);
