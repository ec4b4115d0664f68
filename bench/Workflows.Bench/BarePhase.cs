using System.Collections.Concurrent;
using DurableTask.AzureStorage;
using DurableTask.Core;

namespace Workflows.Bench;

/// <summary>
/// Bare Durable: the shape of an instance of <see cref="ThroughputPhase"/> (the start's zero-length timer, then a turn
/// activity; an event and its activity; a closing event and its activity; completed) as a plain DurableTask.Core
/// orchestration whose activities do nothing, on a task hub of its own, same provider settings, same Azurite, same
/// count and concurrency. What the service adds per instance (its decider, view rows, send records, encryption) is
/// what separates the two rates: <c>durableOverheadRatio</c> = ours ÷ bare.
/// </summary>
internal static class BarePhase
{
    private const string Orchestration = "BareRequest";
    private const string Activity = "BareTurn";
    private static readonly TimeSpan GiveUp = TimeSpan.FromSeconds(60);

    /// <summary>The client's waits for an instance's next activity, by instance id.</summary>
    private static readonly ConcurrentDictionary<string, TaskCompletionSource> Turns = new(StringComparer.Ordinal);

    public static async Task<ThroughputPhase.Result> RunAsync(BenchSettings settings, int count)
    {
        var service = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = "bare" + Guid.NewGuid().ToString("N")[..8],
            StorageAccountClientProvider = new StorageAccountClientProvider(settings.ConnectionString),
            PartitionCount = settings.PartitionCount,
            MaxQueuePollingInterval = settings.MaxQueuePollingInterval,
            MaxConcurrentTaskOrchestrationWorkItems = settings.MaxConcurrentOrchestrations,
            MaxConcurrentTaskActivityWorkItems = settings.MaxConcurrentActivities,
            ExtendedSessionsEnabled = settings.ExtendedSessions,
        });
        await service.CreateIfNotExistsAsync();
        var worker = new TaskHubWorker(service);
        worker.AddTaskOrchestrations(new NameValueObjectCreator<TaskOrchestration>(Orchestration, string.Empty, typeof(BareRequest)));
        worker.AddTaskActivities(new NameValueObjectCreator<TaskActivity>(Activity, string.Empty, new BareTurn()));
        await worker.StartAsync();
        var client = new TaskHubClient(service);
        try
        {
            return await ThroughputPhase.MeasureAsync(count, settings.InstanceConcurrency, "bare instance", async (_, ct) =>
            {
                var id = Guid.NewGuid().ToString("N");
                var turn = Expect(id);
                var instance = await client.CreateOrchestrationInstanceAsync(Orchestration, string.Empty, id, "start");
                await turn.WaitAsync(GiveUp, ct);
                foreach (var name in new[] { "Answer", "Close" })
                {
                    turn = Expect(id);
                    await client.RaiseEventAsync(instance, name, name);
                    await turn.WaitAsync(GiveUp, ct);
                }

                var state = await client.WaitForOrchestrationAsync(instance, GiveUp, ct);
                if (state?.OrchestrationStatus != OrchestrationStatus.Completed)
                {
                    throw new InvalidOperationException($"{id} ended {state?.OrchestrationStatus}.");
                }
            });
        }
        finally
        {
            await worker.StopAsync(isForced: true);
            await service.DeleteAsync();
        }
    }

    private static Task Expect(string instanceId)
    {
        var next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Turns[instanceId] = next;
        return next.Task;
    }

    /// <summary>Start (with the start's checkpoint timer), answer, close: an activity each, as a turn of ours.</summary>
    private sealed class BareRequest : TaskOrchestration<string, string>
    {
        private readonly TaskCompletionSource<string> _answer = new();
        private readonly TaskCompletionSource<string> _close = new();

        public override async Task<string> RunTask(OrchestrationContext context, string input)
        {
            await context.CreateTimer(context.CurrentUtcDateTime, "start");
            await context.ScheduleTask<string>(Activity, string.Empty, "receipt");
            await _answer.Task;
            await context.ScheduleTask<string>(Activity, string.Empty, "answer");
            await _close.Task;
            await context.ScheduleTask<string>(Activity, string.Empty, "closed");
            return "closed";
        }

        public override void OnEvent(OrchestrationContext context, string name, string input) =>
            (name == "Answer" ? _answer : _close).TrySetResult(input);
    }

    /// <summary>Does nothing but tell the client the turn went through.</summary>
    private sealed class BareTurn : TaskActivity<string, string>
    {
        protected override string Execute(TaskContext context, string input)
        {
            if (Turns.TryRemove(context.OrchestrationInstance.InstanceId, out var waiting))
            {
                waiting.TrySetResult();
            }

            return input;
        }
    }
}
