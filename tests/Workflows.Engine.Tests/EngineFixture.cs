using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Workflows.Engine.Storage;
using Workflows.Engine.Tests.Sample;

namespace Workflows.Engine.Tests;

/// <summary>
/// One engine against Azurite with its own uniquely named tables and queues, a fake clock and a recording
/// dispatcher. Background workers are off: tests drive the queue and the sweeper themselves.
/// </summary>
public sealed class EngineFixture : IAsyncDisposable
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("AZURITE_CONNECTION_STRING") is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true";

    private readonly ServiceProvider _services;
    private readonly bool _ownsStorage;

    private EngineFixture(ServiceProvider services, string prefix, bool ownsStorage)
    {
        _services = services;
        Prefix = prefix;
        _ownsStorage = ownsStorage;
    }

    public string Prefix { get; }
    public FakeTimeProvider Clock => (FakeTimeProvider)_services.GetRequiredService<TimeProvider>();
    public RecordingDispatcher Dispatcher => (RecordingDispatcher)_services.GetRequiredService<IOutboxDispatcher>();
    public WorkflowClient Client => _services.GetRequiredService<WorkflowClient>();
    public WorkItemProcessor Processor => _services.GetRequiredService<WorkItemProcessor>();
    public Sweeper Sweeper => _services.GetRequiredService<Sweeper>();
    internal EngineFaults Faults => _services.GetRequiredService<EngineFaults>();
    internal WorkflowStore Store => _services.GetRequiredService<WorkflowStore>();
    internal InProcessTimers InProcessTimers => _services.GetRequiredService<InProcessTimers>();
    public WorkflowEngineOptions Options => Microsoft.Extensions.Options.Options.Create(_services.GetRequiredService<Microsoft.Extensions.Options.IOptions<WorkflowEngineOptions>>().Value).Value;

    /// <param name="configure">Options on top of the test defaults.</param>
    /// <param name="sharing">Another fixture whose tables and queues this one uses: a second process on the same storage.</param>
    public static async Task<EngineFixture> StartAsync(Action<WorkflowEngineOptions>? configure = null, EngineFixture? sharing = null)
    {
        var prefix = sharing?.Prefix ?? "t" + Guid.NewGuid().ToString("N")[..12];
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)));
        services.AddWorkflowEngine(b => b.AddWorkflow<TicketWorkflow>().UseDispatcher<RecordingDispatcher>());
        services.Configure<WorkflowEngineOptions>(o =>
        {
            o.ConnectionString = ConnectionString;
            o.TablePrefix = prefix;
            o.WorkQueueName = prefix + "-work";
            o.PoisonQueueName = prefix + "-work-poison";
            o.RunLocalWorkers = false;
            configure?.Invoke(o);
        });
        var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<WorkflowStore>();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await store.EnsureCreatedAsync(cts.Token);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"Azurite is not reachable at '{ConnectionString}'. The test command starts it; run tests through scripts/test.sh.", ex);
        }

        return new EngineFixture(provider, prefix, ownsStorage: sharing is null);
    }

    /// <summary>Hands every message visible now to the processor (as the queue trigger would), until the queue is empty.</summary>
    public async Task<int> DrainQueueAsync(CancellationToken ct = default)
    {
        var handled = 0;
        while (true)
        {
            var batch = await Store.Work.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30), ct);
            if (batch.Value.Length == 0)
            {
                return handled;
            }

            foreach (var m in batch.Value)
            {
                try
                {
                    await Processor.HandleAsync(m.MessageText, m.DequeueCount, ct);
                    await Store.Work.DeleteMessageAsync(m.MessageId, m.PopReceipt, ct);
                    handled++;
                }
                catch (SimulatedCrashException)
                {
                    // The "process" died: the message stays and reappears later.
                }
            }
        }
    }

    /// <summary>Discards queued messages (simulates lost messages).</summary>
    public Task ClearQueueAsync() => Store.Work.ClearMessagesAsync();

    public async Task<int> PoisonCountAsync() => (await Store.Poison.PeekMessagesAsync(32)).Value.Length;

    public async ValueTask DisposeAsync()
    {
        if (!_ownsStorage)
        {
            await _services.DisposeAsync();
            return;
        }

        var store = Store;
        await Task.WhenAll(
            store.Instances.DeleteAsync(),
            store.Due.DeleteAsync(),
            store.Index.DeleteAsync(),
            store.Work.DeleteIfExistsAsync(),
            store.Poison.DeleteIfExistsAsync());
        await _services.DisposeAsync();
    }
}
