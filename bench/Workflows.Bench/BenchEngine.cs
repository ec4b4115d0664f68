using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Workflows.Engine;
using Workflows.Steps;
using Workflows.Engine.Storage;

namespace Workflows.Bench;

/// <summary>
/// One engine as the service runs it locally: the real hosted services (storage initializer, in-process queue
/// listener, periodic sweeper, in-process timers) on <see cref="TimeProvider.System"/>, with its own uniquely
/// named tables and queues, removed on dispose.
/// </summary>
internal sealed class BenchEngine : IAsyncDisposable
{
    private readonly IHost _host;

    private BenchEngine(IHost host) => _host = host;

    public WorkflowClient Client => _host.Services.GetRequiredService<WorkflowClient>();

    public NoOpDispatcher Dispatcher => (NoOpDispatcher)_host.Services.GetRequiredService<IOutboxDispatcher>();

    private WorkflowStore Store => _host.Services.GetRequiredService<WorkflowStore>();

    /// <param name="connectionString">Azurite.</param>
    /// <param name="phase">Part of the table and queue names.</param>
    /// <param name="localWorkers">Run the queue listener, the sweeper and the in-process timers (the service's local mode).</param>
    public static async Task<BenchEngine> StartAsync(string connectionString, string phase, bool localWorkers = true)
    {
        var prefix = "b" + phase + Guid.NewGuid().ToString("N")[..10];
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddWorkflowEngine(b => b.AddWorkflow<DeskRequestSample>().UseDispatcher<NoOpDispatcher>());
        builder.Services.Configure<WorkflowEngineOptions>(o =>
        {
            o.ConnectionString = connectionString;
            o.TablePrefix = prefix;
            o.WorkQueueName = prefix + "-work";
            o.PoisonQueueName = prefix + "-work-poison";
            o.RunLocalWorkers = localWorkers;
        });
        var host = builder.Build();
        await host.StartAsync();
        return new BenchEngine(host);
    }

    /// <summary>Starts <paramref name="count"/> instances, <paramref name="concurrency"/> at a time.</summary>
    public async Task<InstanceId[]> StartInstancesAsync(int count, int concurrency, Func<int, DeskRequestInput> input)
    {
        var ids = new InstanceId[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        {
            var result = await Client.StartAsync(DeskRequestSample.WorkflowName, input(i), ct);
            ids[i] = result.Created ? result.InstanceId : throw new InvalidOperationException("The sample did not start.");
        });
        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        var store = Store;
        await _host.StopAsync();
        await Task.WhenAll(
            store.Instances.DeleteAsync(),
            store.Due.DeleteAsync(),
            store.Index.DeleteAsync(),
            store.Work.DeleteIfExistsAsync(),
            store.Poison.DeleteIfExistsAsync());
        _host.Dispose();
    }
}
