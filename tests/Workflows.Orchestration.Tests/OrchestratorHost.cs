using System.Collections.Concurrent;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Testing;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Orchestration.Activities;
using Workflows.Orchestration.Hosting;
using Workflows.Orchestration.Orchestrators;
using Workflows.Orchestration.Views;

namespace Workflows.Orchestration.Tests;

/// <summary>One call of a fake activity, in the order they ran.</summary>
public sealed record ActivityCall(long Order, DateTimeOffset At, EmailDelivery? Email, ViewUpdate? View);

/// <summary>
/// <see cref="DeciderOrchestrator"/> over the sample <see cref="CounterWorkflow"/> on Durable's in-process test host,
/// with a fake <c>CompleteTurn</c> activity that records every e-mail and view (the custom status is not visible
/// there while an instance runs, so tests read the recorded views).
/// </summary>
public sealed class OrchestratorHost : IAsyncDisposable
{
    private readonly ConcurrentQueue<ActivityCall> _calls = new();
    private long _order;
    private DurableTaskTestHost? _host;

    /// <summary>What the fake e-mail provider answers to a delivery (default: sent).</summary>
    public Func<EmailDelivery, EmailSendResult> Answer { get; set; } = _ => new EmailSendResult(EmailSendResult.Sent);

    public DurableTaskClient Client => _host!.Client;

    /// <summary>The task hub's converter, encrypting as in production (one key for the worker and the client).</summary>
    public static DurableJson Json { get; } = new(TaskHubPayloadKeys.Generate("test"));

    public IReadOnlyList<ActivityCall> Calls => [.. _calls.OrderBy(c => c.Order)];

    public IReadOnlyList<EmailDelivery> Emails => [.. Calls.Where(c => c.Email is not null).Select(c => c.Email!)];

    public IReadOnlyList<InstanceViewRecord> Views => [.. Calls.Where(c => c.View is not null).Select(c => c.View!.View)];

    public static async Task<OrchestratorHost> StartAsync()
    {
        var host = new OrchestratorHost();
        host._host = await DurableTaskTestHost.StartAsync(
            r => r
                .AddOrchestrator(CounterWorkflow.WorkflowName, () => new CounterOrchestrator())
                .AddActivityFunc<TurnEffects, IReadOnlyList<EmailSendResult>>(CompleteTurnActivity.Name, (_, turn) =>
                {
                    var results = turn.Emails.Select(d =>
                    {
                        host.Record(d, null);
                        return host.Answer(d);
                    }).ToList();
                    host.Record(null, turn.View);
                    return results;
                }),
            new DurableTaskTestHostOptions
            {
                Port = FreePort(), // its default, a random port in 30000-40000, can be taken on a busy machine
                ConfigureServices = s => s
                    .ConfigureAll<DurableTaskWorkerOptions>(o => o.DataConverter = Json.Worker)
                    .ConfigureAll<DurableTaskClientOptions>(o => o.DataConverter = Json.Worker),
            });
        return host;
    }

    public Task<string> StartInstanceAsync(string owner = "owner@example.org") =>
        Client.ScheduleNewOrchestrationInstanceAsync(CounterWorkflow.WorkflowName, new OrchestrationInput { StartInput = WorkflowJson.ToElement(new CounterInput(owner)) }, new StartOrchestrationOptions(InstanceId.New().Value));

    /// <summary>Raises a workflow event as the runtime does (one <see cref="WorkflowSignal"/>) and returns its id.</summary>
    public async Task<string> SignalAsync(string instanceId, string name, object? payload = null, string? key = null, long? seen = null)
    {
        var id = Guid.NewGuid().ToString("N");
        await Client.RaiseEventAsync(instanceId, WorkflowSignal.EventName, new WorkflowSignal(id, name, payload is null ? null : WorkflowJson.ToElement(payload), key, null, seen));
        return id;
    }

    /// <summary>Waits (up to 30 s) for a recorded view that satisfies <paramref name="done"/>.</summary>
    public async Task<InstanceViewRecord> WaitForViewAsync(Func<InstanceViewRecord, bool> done, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            if (Views.LastOrDefault(done) is { } view)
            {
                return view;
            }

            if (timeout.IsCancellationRequested)
            {
                var status = Views.Count > 0 ? await Client.GetInstanceAsync(Views[^1].InstanceId.Value, getInputsAndOutputs: true) : null;
                throw new TimeoutException($"{status?.RuntimeStatus} {status?.FailureDetails} {status?.SerializedInput?[..Math.Min(300, status.SerializedInput.Length)]}: No view with {what} in 30 s; {Views.Count} views, last step {(Views.Count > 0 ? Views[^1].CustomStatus : null)}.");
            }

            await Task.Delay(25);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Record(EmailDelivery? email, ViewUpdate? view) =>
        _calls.Enqueue(new ActivityCall(Interlocked.Increment(ref _order), TimeProvider.System.GetUtcNow(), email, view));
}
