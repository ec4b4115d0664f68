using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Engine.Storage;

namespace Workflows.Engine;

/// <summary>Registers the engine in dependency injection.</summary>
public static class EngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine: <see cref="WorkflowClient"/>, <see cref="WorkItemProcessor"/>, <see cref="Sweeper"/>, and in
    /// local mode (<see cref="WorkflowEngineOptions.RunLocalWorkers"/>) the in-process queue listener and sweeper.
    /// </summary>
    public static IServiceCollection AddWorkflowEngine(this IServiceCollection services, Action<WorkflowEngineBuilder> configure)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<WorkflowEngineOptions>();
        services.TryAddSingleton<EngineFaults>();
        services.TryAddSingleton(sp => CreateStore(sp.GetRequiredService<IOptions<WorkflowEngineOptions>>().Value));
        services.TryAddSingleton(sp => new WorkflowRegistry(sp.GetServices<IWorkflow>()));
        services.TryAddSingleton(sp => new InProcessTimers(
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<WorkflowEngineOptions>>(),
            sp.GetService<ILogger<InProcessTimers>>()));
        services.TryAddSingleton(sp => new WorkflowEngine(
            sp.GetRequiredService<WorkflowStore>(),
            sp.GetRequiredService<WorkflowRegistry>(),
            sp.GetRequiredService<IOptions<WorkflowEngineOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOutboxDispatcher>(),
            sp.GetRequiredService<EngineFaults>(),
            sp.GetService<ILogger<WorkflowEngine>>(),
            sp.GetRequiredService<InProcessTimers>()));
        services.TryAddSingleton(sp => new WorkflowClient(sp.GetRequiredService<WorkflowEngine>()));
        services.TryAddSingleton(sp => new WorkItemProcessor(
            sp.GetRequiredService<WorkflowEngine>(),
            sp.GetRequiredService<IOptions<WorkflowEngineOptions>>().Value,
            sp.GetService<ILogger<WorkItemProcessor>>()));
        services.TryAddSingleton(sp => new Sweeper(
            sp.GetRequiredService<WorkflowEngine>(),
            sp.GetRequiredService<WorkItemProcessor>(),
            sp.GetService<ILogger<Sweeper>>()));
        services.AddHostedService<StorageInitializer>();
        services.AddHostedService<QueueListener>();
        services.AddHostedService(sp => sp.GetRequiredService<InProcessTimers>());
        services.AddHostedService<PeriodicSweeper>();
        configure(new WorkflowEngineBuilder(services));
        return services;
    }

    internal static WorkflowStore CreateStore(WorkflowEngineOptions options)
    {
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        TableServiceClient tables;
        QueueServiceClient queues;
        if (!string.IsNullOrEmpty(options.ConnectionString))
        {
            tables = new TableServiceClient(options.ConnectionString);
            queues = new QueueServiceClient(options.ConnectionString, queueOptions);
        }
        else if (options.TableServiceUri is not null && options.QueueServiceUri is not null && options.Credential is not null)
        {
            tables = new TableServiceClient(options.TableServiceUri, options.Credential);
            queues = new QueueServiceClient(options.QueueServiceUri, options.Credential, queueOptions);
        }
        else
        {
            throw new OptionsValidationException(
                nameof(WorkflowEngineOptions),
                typeof(WorkflowEngineOptions),
                ["Storage: set a connection string, or the table and queue service URIs with a credential."]);
        }

        return new WorkflowStore(tables, queues, options);
    }
}
