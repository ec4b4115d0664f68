using Microsoft.Extensions.DependencyInjection;

namespace Workflows.Engine;

/// <summary>Configures the engine: which workflows it decides and which dispatcher sends its e-mails.</summary>
public sealed class WorkflowEngineBuilder
{
    internal WorkflowEngineBuilder(IServiceCollection services) => Services = services;

    /// <summary>The service collection.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Registers a workflow (a singleton; deciders are pure and stateless).</summary>
    public WorkflowEngineBuilder AddWorkflow<TWorkflow>()
        where TWorkflow : class, IWorkflow
    {
        Services.AddSingleton<TWorkflow>();
        Services.AddSingleton<IWorkflow>(sp => sp.GetRequiredService<TWorkflow>());
        return this;
    }

    /// <summary>Sets the outbox dispatcher.</summary>
    public WorkflowEngineBuilder UseDispatcher<TDispatcher>()
        where TDispatcher : class, IOutboxDispatcher
    {
        Services.AddSingleton<IOutboxDispatcher, TDispatcher>();
        return this;
    }
}
