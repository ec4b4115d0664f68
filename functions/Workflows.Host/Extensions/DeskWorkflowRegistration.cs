using Workflows.Engine;

namespace Workflows.Host.Extensions;

/// <summary>The workflows this service decides. Filled in as the desk workflows land.</summary>
public static class DeskWorkflowRegistration
{
    /// <summary>Registers the desk workflows and the e-mail dispatcher.</summary>
    public static WorkflowEngineBuilder AddDeskWorkflows(this WorkflowEngineBuilder engine) => engine;
}
