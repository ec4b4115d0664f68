using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Workflows.Engine;
using Workflows.Engine.Tests.Sample;

namespace Workflows.Engine.Tests.Storage;

/// <summary>
/// Local mode's workers: near timers held in process (fired on time, recovered by the sweeper when the process
/// stops) and the queue listener woken by work this process enqueues.
/// </summary>
public sealed class LocalWorkerTests() : EngineTest(60)
{
    protected override void Configure(WorkflowEngineOptions options)
    {
        options.RunLocalWorkers = true; // no hosted service runs in the fixture: each test starts what it needs
        options.InProcessTimerHorizon = TimeSpan.FromDays(2);
    }

    private async Task<InstanceId> StartTicketAsync() =>
        (await F.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Idea", "o@example.org"), Ct)).InstanceId;

    private async Task<int> MessagesInQueueAsync() => (await F.Store.Work.GetPropertiesAsync(Ct)).Value.ApproximateMessagesCount;

    private async Task<int> TimerFiredCountAsync(InstanceId id) =>
        (await F.Client.GetInstanceAsync(id, true, Ct))!.History!.Count(h => h.Kind == "TimerFired");

    [Fact]
    public async Task A_near_timer_is_held_in_process_and_fires_when_due_without_a_queue_message()
    {
        await F.InProcessTimers.StartAsync(Ct);
        var id = await StartTicketAsync();

        Assert.Equal(1, await MessagesInQueueAsync()); // the opening e-mail only
        Assert.Equal(1, F.InProcessTimers.Count);
        await F.DrainQueueAsync(Ct);

        F.Clock.Advance(TicketWorkflow.ReminderAfter - TimeSpan.FromSeconds(1));
        Assert.Equal(1, F.InProcessTimers.Count);
        F.Clock.Advance(TimeSpan.FromSeconds(1));
        while (F.Dispatcher.Count("ticket-reminder") == 0)
        {
            await F.DrainQueueAsync(Ct); // the reminder e-mail, enqueued once the timer's transition committed
            await Task.Delay(20, Ct);
        }

        Assert.Equal(0, F.InProcessTimers.Count);
        Assert.Equal(1, await TimerFiredCountAsync(id));
        Assert.Equal(1, F.Dispatcher.Count("ticket-reminder"));
        Assert.Equal("Reminded", (await F.Client.GetInstanceAsync(id, false, Ct))!.CustomStatus);
    }

    [Fact]
    public async Task Timers_held_by_a_process_that_stops_are_fired_by_the_sweeper()
    {
        await F.InProcessTimers.StartAsync(Ct);
        var id = await StartTicketAsync();
        await F.DrainQueueAsync(Ct);
        await F.InProcessTimers.StopAsync(Ct); // the process goes away with the timer in memory

        F.Clock.Advance(TicketWorkflow.ReminderAfter + F.Options.SweepGrace + TimeSpan.FromMinutes(1));
        await F.Sweeper.SweepAsync(cancellationToken: Ct);
        await F.DrainQueueAsync(Ct);

        Assert.Equal(1, await TimerFiredCountAsync(id));
        Assert.Equal(1, F.Dispatcher.Count("ticket-reminder"));
    }

    [Fact]
    public async Task Timers_go_through_the_queue_when_the_local_workers_do_not_run()
    {
        var id = await StartTicketAsync(); // in-process timers never started: as under the Functions host

        Assert.Equal(2, await MessagesInQueueAsync()); // the opening e-mail and the delayed timer message
        Assert.Equal(0, F.InProcessTimers.Count);
        Assert.Single((await F.Client.GetInstanceAsync(id, false, Ct))!.Timers);
    }

    [Fact]
    public async Task The_idle_listener_wakes_at_once_for_work_this_process_enqueues()
    {
        // The fake clock never moves: without the wake-up the idle listener would sleep for ever.
        var listener = new QueueListener(F.Store, F.Processor, Options.Create(F.Options), F.Clock, NullLogger<QueueListener>.Instance);
        await listener.StartAsync(Ct);
        try
        {
            await Task.Delay(200, Ct); // let it find the queue empty and go idle
            await StartTicketAsync();
            while (F.Dispatcher.Count("ticket-opened") == 0)
            {
                await Task.Delay(20, Ct);
            }
        }
        finally
        {
            await listener.StopAsync(CancellationToken.None);
        }

        Assert.Equal(1, F.Dispatcher.Count("ticket-opened"));
    }
}
