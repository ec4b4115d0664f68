using Workflows.Engine;
using Workflows.Engine.Tests.Sample;

namespace Workflows.Engine.Tests.Storage;

/// <summary>
/// Kills the work at every step and proves that nothing committed is lost: the sweeper (or the queue's
/// redelivery) finishes the job and the instance completes.
/// </summary>
public sealed class FaultInjectionTests : EngineTest
{
    private void CrashOnceAt(FaultPoint point)
    {
        var armed = 1;
        F.Faults.ShouldFail = p => p == point && Interlocked.Exchange(ref armed, 0) == 1;
    }

    private async Task RecoverAsync()
    {
        // Time passes beyond the sweep grace; the sweeper and the queue finish whatever was left.
        for (var i = 0; i < 3; i++)
        {
            F.Clock.Advance(TimeSpan.FromMinutes(3));
            try
            {
                await F.Sweeper.SweepAsync(cancellationToken: Ct);
            }
            catch (SimulatedCrashException)
            {
                // The sweeping process died; the next sweep starts over.
            }

            await F.DrainQueueAsync(Ct);
        }
    }

    private async Task<InstanceId> RunTicketToTheEndAsync()
    {
        var id = InstanceId.FromIdempotencyKey(TicketWorkflow.WorkflowName, "crash-test");
        try
        {
            await F.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Idea", "o@example.org"), new StartOptions { IdempotencyKey = "crash-test" }, Ct);
        }
        catch (SimulatedCrashException)
        {
        }

        await RecoverAsync();
        F.Clock.Advance(TicketWorkflow.ReminderAfter);
        await RecoverAsync();
        try
        {
            await F.Client.RaiseEventAsync(id, "Close", null, null, Ct);
        }
        catch (SimulatedCrashException)
        {
        }

        await RecoverAsync();
        return id;
    }

    [Theory]
    [InlineData(nameof(FaultPoint.AfterIntentsBeforeCommit))]
    [InlineData(nameof(FaultPoint.AfterCommitBeforeEnqueue))]
    [InlineData(nameof(FaultPoint.MidSweep))]
    [InlineData(nameof(FaultPoint.AfterTimerCommit))]
    public async Task A_crash_loses_no_committed_timer_or_mail(string pointName)
    {
        var point = Enum.Parse<FaultPoint>(pointName);
        CrashOnceAt(point);

        var id = await RunTicketToTheEndAsync();
        var status = await F.Client.GetInstanceAsync(id, true, Ct);

        if (point == FaultPoint.AfterIntentsBeforeCommit)
        {
            // The start never committed: the caller saw the crash and nothing exists; a retry of the form starts it.
            Assert.Null(status);
            return;
        }

        Assert.Equal(RuntimeStatus.Completed, status!.RuntimeStatus);
        Assert.Equal(1, F.Dispatcher.Count("ticket-opened"));
        Assert.Equal(1, F.Dispatcher.Count("ticket-reminder"));
        Assert.Equal(1, F.Dispatcher.Count("ticket-closed"));
        Assert.All(await F.Client.GetOutboxAsync(id, Ct), m => Assert.Equal("Sent", m.Status));
        Assert.Equal(1, status.History!.Count(h => h.Kind == "TimerFired"));
    }

    [Fact]
    public async Task A_crash_between_the_providers_acceptance_and_the_mark_resends_at_most_once()
    {
        CrashOnceAt(FaultPoint.AfterSendBeforeMark);

        var id = await RunTicketToTheEndAsync();

        Assert.Equal(RuntimeStatus.Completed, (await F.Client.GetInstanceAsync(id, false, Ct))!.RuntimeStatus);
        Assert.All(await F.Client.GetOutboxAsync(id, Ct), m => Assert.Equal("Sent", m.Status));
        var duplicates = F.Dispatcher.Sent.GroupBy(s => s.Id).Count(g => g.Count() > 1);
        Assert.Equal(1, duplicates);
        Assert.Equal(4, F.Dispatcher.Sent.Count);
    }

    [Fact]
    public async Task A_crash_before_commit_leaves_only_an_intent_that_the_sweeper_drops()
    {
        var id = await RunTicketToTheEndAsync();
        CrashOnceAt(FaultPoint.AfterIntentsBeforeCommit);
        var start = await F.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Other", "x@example.org"), Ct).ContinueWith(t => t.Exception, TaskScheduler.Default);
        Assert.NotNull(start);

        F.Clock.Advance(TimeSpan.FromDays(2)); // past the orphan timer intent's due time too
        await RecoverAsync();
        var due = new List<Azure.Data.Tables.TableEntity>();
        await foreach (var row in F.Store.Due.QueryAsync<Azure.Data.Tables.TableEntity>(cancellationToken: Ct))
        {
            due.Add(row);
        }

        Assert.Empty(due);
        Assert.Equal(3, F.Dispatcher.Sent.Count);
        Assert.Single((await F.Client.QueryAsync(new WorkflowQuery(), null, Ct)).Items, i => i.InstanceId == id);
    }
}
