using DurableTask.AzureStorage;
using DurableTask.Core;
using DurableTask.Core.Settings;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Orchestration.Orchestrators;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Orchestration.Hosting;

/// <summary>
/// The Durable task hub on Azure Storage as this process sees it: DurableTask.Core's Azure Storage orchestration
/// service, the <see cref="TaskHubClient"/> every management command goes through and, when this process runs the
/// orchestrations itself (locally, tests), a <see cref="TaskHubWorker"/> with the very classes the Function App runs,
/// wrapped by the public <see cref="DurableTaskShimFactory"/>.
/// </summary>
public sealed class TaskHub : IAsyncDisposable
{
    private readonly IServiceProvider _services;
    private readonly ILoggerFactory _loggers;
    private readonly DurableJson _json;
    private TaskHubWorker? _worker;

    /// <summary>Creates the hub's service and client (nothing is contacted yet); <paramref name="json"/> reads and writes every payload.</summary>
    public TaskHub(IOptions<TaskHubOptions> options, TaskHubStorage storage, DurableJson json, IServiceProvider services, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(json);
        Options = options.Value;
        _json = json;
        _services = services;
        _loggers = loggers;
        Settings = new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = Options.Name,
            PartitionCount = Options.PartitionCount,
            MaxQueuePollingInterval = Options.MaxQueuePollingInterval,
            MaxConcurrentTaskOrchestrationWorkItems = Options.MaxConcurrentOrchestrations,
            MaxConcurrentTaskActivityWorkItems = Options.MaxConcurrentActivities,
            ExtendedSessionsEnabled = Options.ExtendedSessions,
            ControlQueueVisibilityTimeout = Options.MessageVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = Options.MessageVisibilityTimeout,
            StorageAccountClientProvider = storage.ConnectionString is { Length: > 0 } cs
                ? new StorageAccountClientProvider(cs)
                : new StorageAccountClientProvider(
                    storage.BlobServiceUri ?? throw new InvalidOperationException("TaskHub: no blob endpoint."),
                    storage.QueueServiceUri ?? throw new InvalidOperationException("TaskHub: no queue endpoint."),
                    storage.TableServiceUri ?? throw new InvalidOperationException("TaskHub: no table endpoint."),
                    storage.Credential ?? throw new InvalidOperationException("TaskHub: no credential.")),
            LoggerFactory = loggers,
        };
        Service = new AzureStorageOrchestrationService(Settings);
        Client = new TaskHubClient(Service, json.Client, loggers);
    }

    /// <summary>The options it was made with.</summary>
    public TaskHubOptions Options { get; }

    /// <summary>Whether the hub's payloads are encrypted (else plain JSON: Development and Testing only).</summary>
    public bool EncryptsPayloads => _json.Encrypts;

    /// <summary>The provider settings (for the benchmark's report).</summary>
    public AzureStorageOrchestrationServiceSettings Settings { get; }

    /// <summary>The Azure Storage orchestration service.</summary>
    public AzureStorageOrchestrationService Service { get; }

    /// <summary>The client of the hub.</summary>
    public TaskHubClient Client { get; }

    /// <summary>Creates the hub's tables, queues and containers if missing.</summary>
    public Task CreateIfNotExistsAsync() => Service.CreateIfNotExistsAsync();

    /// <summary>Starts the in-process worker: an orchestration per registered <see cref="IWorkflow"/>, the e-mail retry, every activity.</summary>
    public async Task StartWorkerAsync()
    {
        var shims = new DurableTaskShimFactory(new DurableTaskWorkerOptions { DataConverter = _json.Worker }, _loggers);
        // Orchestrations are found by name whatever their execution's version: the orchestrator itself leaves an execution
        // newer than its code to a newer worker (OrchestrationVersion), and continues an older one as new.
        var workflows = _services.GetServices<IWorkflow>().ToDictionary(w => w.Name, StringComparer.Ordinal);

        // Durable's version check, as host.json sets it for the Function App: an execution newer than this code (a
        // rolling deployment, a rollback) is never run here; its work item is abandoned and waits for a newer worker.
        var versioning = new VersioningSettings
        {
            Version = OrchestrationVersion.Of(workflows.Values.MaxBy(w => w.Version)!),
            MatchStrategy = VersioningSettings.VersionMatchStrategy.CurrentOrOlder,
            FailureStrategy = VersioningSettings.VersionFailureStrategy.Reject,
        };
        var worker = new TaskHubWorker(Service, new AnyVersion<TaskOrchestration>(), new AnyVersion<TaskActivity>(), versioning, _loggers)
        {
            ErrorPropagationMode = ErrorPropagationMode.UseFailureDetails,
        };
        worker.AddOrchestrationDispatcherMiddleware(new UnreplayableWork(_services.GetRequiredService<WorkflowViewStore>(), _services.GetRequiredService<TimeProvider>()).LeaveAsync);
        worker.AddTaskOrchestrations([
            .. workflows.Values.Select(w => new Creator<TaskOrchestration>(w.Name, () => shims.CreateOrchestration(w.Name, WorkflowCatalog.OrchestratorFor(w, Options.Turns)))),
            .. WorkflowCatalog.Orchestrators.Where(o => !workflows.ContainsKey(o.Key) && !WorkflowCatalog.Workflows.ContainsKey(o.Key))
                .Select(o => new Creator<TaskOrchestration>(o.Key, () => shims.CreateOrchestration(o.Key, o.Value()))),
        ]);
        worker.AddTaskActivities([
            .. WorkflowCatalog.Activities.Select(a => new Creator<TaskActivity>(
                a.Key,
                () => shims.CreateActivity(a.Key, (Microsoft.DurableTask.ITaskActivity)ActivatorUtilities.CreateInstance(_services, a.Value)))),
        ]);
        await worker.StartAsync();
        _worker = worker;
    }

    /// <summary>Stops the in-process worker, if it runs: drained unless <see cref="TaskHubOptions.DrainOnStop"/> is off.</summary>
    public async Task StopWorkerAsync()
    {
        if (Interlocked.Exchange(ref _worker, null) is { } worker)
        {
            await worker.StopAsync(isForced: !Options.DrainOnStop);
            worker.Dispose();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopWorkerAsync();
        Service.Dispose();
    }

    /// <summary>Finds a registered orchestration or activity by its name alone.</summary>
    private sealed class AnyVersion<T> : INameVersionObjectManager<T>
    {
        private readonly Dictionary<string, ObjectCreator<T>> _creators = new(StringComparer.Ordinal);

        public void Add(ObjectCreator<T> creator)
        {
            ArgumentNullException.ThrowIfNull(creator);
            _creators.Add(creator.Name, creator);
        }

        public T? GetObject(string name, string? version) => _creators.TryGetValue(name, out var creator) ? creator.Create() : default;
    }

    private sealed class Creator<T> : ObjectCreator<T>
    {
        private readonly Func<T> _create;

        public Creator(string name, Func<T> create)
        {
            Name = name;
            Version = string.Empty;
            _create = create;
        }

        public override T Create() => _create();
    }
}
