using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Workflows.Host.Tests.Sample;
using Workflows.Host.Runtime;
using Workflows.Orchestration.Hosting;
using Workflows.Orchestration.Orchestrators;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Host.Tests.Runtime;

/// <summary>
/// The real Durable Task runtime on Azurite, without the web host: a task hub and view tables of its own (removed at
/// the end), the in-process worker running the sample <see cref="TicketWorkflow"/>, a recording e-mail port and a
/// domain clock the tests move (clock travel on, as in tests and the demo).
/// </summary>
public sealed class DurableRuntimeFixture : IAsyncLifetime
{
    private readonly IWorkflow _workflow;
    private readonly bool _keepHub;
    private readonly TurnPolicy _turns;
    private ServiceProvider? _services;

    public DurableRuntimeFixture()
        : this(new TicketWorkflow(), TestStorage.NewPrefix('d'), keepHub: false)
    {
    }

    /// <summary>
    /// A worker with <paramref name="workflow"/> on the task hub <paramref name="prefix"/>; with
    /// <paramref name="keepHub"/> the hub is left for the next worker (a new deployment of the same app).
    /// </summary>
    internal DurableRuntimeFixture(IWorkflow workflow, string prefix, bool keepHub, TurnPolicy? turns = null)
    {
        _turns = turns ?? new TurnPolicy();
        _workflow = workflow;
        Prefix = prefix;
        _keepHub = keepHub;
    }

    public string Prefix { get; }

    /// <summary>
    /// The key ring that encrypts the hub's payloads, as in production: one for every fixture, as a new deployment
    /// of the app keeps the keys of the one before (<see cref="VersioningTests"/> hands a hub over).
    /// </summary>
    public static TaskHubPayloadKeys PayloadKeys { get; } = TaskHubPayloadKeys.Generate("test");

    /// <summary>The domain clock: starts at the real time, moves only when a test moves it.</summary>
    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    public RecordingDispatcher Dispatcher { get; } = new();

    public DurableWorkflowRuntime Runtime => _services!.GetRequiredService<DurableWorkflowRuntime>();

    public WorkflowViewStore Views => _services!.GetRequiredService<WorkflowViewStore>();

    public TaskHub Hub => _services!.GetRequiredService<TaskHub>();

    public SignalKeeper Signals => _services!.GetRequiredService<SignalKeeper>();

    public async Task InitializeAsync()
    {
        await TestStorage.EnsureReachableAsync();
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(new TableServiceClient(TestStorage.ConnectionString));
        services.AddSingleton(new ViewTables(Prefix));
        services.AddSingleton<WorkflowViewStore>();
        services.AddSingleton(new TaskHubStorage(TestStorage.ConnectionString, null, null, null, null));
        services.AddSingleton(Options.Create(new TaskHubOptions
        {
            Name = Prefix,
            PartitionCount = 2,
            MaxQueuePollingInterval = TimeSpan.FromMilliseconds(100),
            AllowClockTravel = true,
            OutcomeWait = TimeSpan.FromSeconds(30),
            Turns = _turns,
            // A hub handed over, as in a deployment: drained on stop, and anything a stop still left taken comes back
            // within a minute (not Durable's 5), well inside the handover waits of VersioningTests. A hub thrown away need not wait.
            DrainOnStop = _keepHub,
            MessageVisibilityTimeout = _keepHub ? TimeSpan.FromMinutes(1) : new TaskHubOptions().MessageVisibilityTimeout,
            SignalRedelivery = TimeSpan.FromSeconds(3),
        }));
        services.AddSingleton(_workflow);
        services.AddSingleton<IOutboxDispatcher>(Dispatcher);
        services.AddSingleton(new DurableJson(PayloadKeys));
        services.AddSingleton<TaskHub>();
        services.AddSingleton<LocalTaskHubWorker>();
        services.AddSingleton<SignalKeeper>();
        services.AddSingleton<DurableWorkflowRuntime>();
        services.AddSingleton<SignalRedelivery>();
        _services = services.BuildServiceProvider();
        var worker = _services.GetRequiredService<LocalTaskHubWorker>();
        await worker.StartAsync(CancellationToken.None);
        await worker.Ready.WaitAsync(TimeSpan.FromSeconds(60));
        await _services.GetRequiredService<SignalRedelivery>().StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.GetRequiredService<SignalRedelivery>().StopAsync(CancellationToken.None);
            await _services.GetRequiredService<LocalTaskHubWorker>().StopAsync(CancellationToken.None);
            await _services.DisposeAsync();
        }

        if (!_keepHub)
        {
            await TestStorage.DeleteAsync(Prefix);
        }
    }

    /// <summary>Waits until the view of <paramref name="id"/> satisfies <paramref name="done"/> (or fails after 20 s).</summary>
    public async Task<InstanceViewRecord> WaitForAsync(InstanceId id, Func<InstanceViewRecord, bool> done, string what, TimeSpan? within = null)
    {
        var limit = within ?? TimeSpan.FromSeconds(20);
        using var timeout = new CancellationTokenSource(limit);
        InstanceViewRecord? last = null;
        while (!timeout.IsCancellationRequested)
        {
            last = await Views.GetAsync(id, CancellationToken.None);
            if (last is not null && done(last))
            {
                return last;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Instance {id} did not reach '{what}' in {limit.TotalSeconds} s; last seen: {last?.RuntimeStatus} {last?.CustomStatus} seq {last?.Sequence}. {await DescribeAsync(id)}");
    }

    /// <summary>What Durable holds of <paramref name="id"/>, for a timeout's message: status, and the kinds of its history's events.</summary>
    public async Task<string> DescribeAsync(InstanceId id)
    {
        try
        {
            var state = await Hub.Client.GetOrchestrationStateAsync(id.Value);
            if (state is null)
            {
                return "Durable: no such instance.";
            }

            var history = await Hub.Client.GetOrchestrationHistoryAsync(state.OrchestrationInstance);
            var kinds = System.Text.RegularExpressions.Regex.Matches(history, "\"EventType\":\\s*(\\d+|\"\\w+\")")
                .Select(m => int.TryParse(m.Groups[1].Value, out var n) ? ((DurableTask.Core.History.EventType)n).ToString() : m.Groups[1].Value.Trim('"'));
            return $"Durable: {state.OrchestrationStatus} v{state.Version}, updated {state.LastUpdatedTime:HH:mm:ss}, history event types [{string.Join(',', kinds)}].";
        }
#pragma warning disable CA1031 // A diagnostic only: the timeout is what the test reports.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"Durable: not readable ({e.GetType().Name}).";
        }
    }

    /// <summary>Waits until the dispatcher has sent <paramref name="count"/> e-mails of <paramref name="template"/> for the instance.</summary>
    public async Task WaitForEmailsAsync(InstanceId id, string template, int count, TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(20));
        while (Dispatcher.For(id).Count(s => s.Email.Template == template) < count)
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
