using Microsoft.Extensions.Options;
using Workflows.Desk.Requests;
using Workflows.Engine;
using Workflows.Steps;

namespace Workflows.Host.Demo;

/// <summary>
/// A second engine over the application's very storage, deciding with the real desk-request workflow but on a
/// <see cref="DemoClock"/>: the engine takes its time only from <see cref="TimeProvider"/>, so the demo's past is
/// written with the past's dates. It runs no workers and sends no mail (the application's engine does both).
/// </summary>
internal sealed class DemoEngine : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private DemoEngine(ServiceProvider services, DemoClock clock)
    {
        _services = services;
        Clock = clock;
    }

    public DemoClock Clock { get; }

    public WorkflowClient Client => _services.GetRequiredService<WorkflowClient>();

    public static DemoEngine Create(WorkflowEngineOptions app, ILoggerFactory loggers, DateTimeOffset start)
    {
        var clock = new DemoClock(start);
        var services = new ServiceCollection();
        services.AddSingleton(loggers);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton<TimeProvider>(clock);
        services.AddWorkflowEngine(engine => engine.AddWorkflow<DeskRequestWorkflow>().UseDispatcher<SeedDoesNotDispatch>());
        services.Configure<WorkflowEngineOptions>(o =>
        {
            o.ConnectionString = app.ConnectionString;
            o.TableServiceUri = app.TableServiceUri;
            o.QueueServiceUri = app.QueueServiceUri;
            o.Credential = app.Credential;
            o.TablePrefix = app.TablePrefix;
            o.WorkQueueName = app.WorkQueueName;
            o.PoisonQueueName = app.PoisonQueueName;
            o.SweepGrace = app.SweepGrace;
            o.MaxConflictRetries = app.MaxConflictRetries;
            o.RunLocalWorkers = false;
        });
        return new DemoEngine(services.BuildServiceProvider(), clock);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
