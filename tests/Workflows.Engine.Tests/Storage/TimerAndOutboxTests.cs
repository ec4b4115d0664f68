using Workflows.Engine;
using Workflows.Engine.Storage;
using Workflows.Engine.Tests.Sample;

namespace Workflows.Engine.Tests.Storage;

/// <summary>Durable timers fire once; cancelled timers never; the outbox retries, poisons and recovers.</summary>
public sealed class TimerAndOutboxTests : EngineTest
{
    protected override void Configure(WorkflowEngineOptions options) => options.FirstRetryDelay = TimeSpan.FromSeconds(1);

    private async Task<InstanceId> StartTicketAsync()
    {
        var id = (await F.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Idea", "o@example.org"), Ct)).InstanceId;
        await F.DrainQueueAsync(Ct);
        return id;
    }

    private async Task<int> TimerFiredCountAsync(InstanceId id) =>
        (await F.Client.GetInstanceAsync(id, true, Ct))!.History!.Count(h => h.Kind == "TimerFired");

    [Fact]
    public async Task A_timer_fires_once_even_when_the_queue_and_the_sweeper_both_deliver_it()
    {
        var id = await StartTicketAsync();
        var timer = Assert.Single((await F.Client.GetInstanceAsync(id, false, Ct))!.Timers);
        var status = await F.Client.GetInstanceAsync(id, true, Ct);
        var generation = status!.History!.Single(h => h.Kind == "Started").Sequence;

        F.Clock.Advance(TicketWorkflow.ReminderAfter + TimeSpan.FromMinutes(1));
        var message = WorkItem.ForTimer(id, "reminder", new TimerEntry(timer.DueAt, generation)).ToJson();
        await Task.WhenAll(
            F.Processor.HandleAsync(message, 1, Ct),
            F.Processor.HandleAsync(message, 1, Ct),
            F.Sweeper.SweepAsync(cancellationToken: Ct));
        await F.Processor.HandleAsync(message, 2, Ct);
        await F.DrainQueueAsync(Ct);

        Assert.Equal(1, await TimerFiredCountAsync(id));
        Assert.Equal(1, F.Dispatcher.Count("ticket-reminder"));
        Assert.Empty((await F.Client.GetInstanceAsync(id, false, Ct))!.Timers);
    }

    [Fact]
    public async Task A_lost_timer_message_is_fired_by_the_sweeper()
    {
        var id = await StartTicketAsync();
        await F.ClearQueueAsync();

        F.Clock.Advance(TicketWorkflow.ReminderAfter - TimeSpan.FromMinutes(1));
        await F.Sweeper.SweepAsync(cancellationToken: Ct);
        Assert.Equal(0, await TimerFiredCountAsync(id));

        F.Clock.Advance(TimeSpan.FromMinutes(2));
        await F.Sweeper.SweepAsync(cancellationToken: Ct);
        await F.DrainQueueAsync(Ct);
        Assert.Equal(1, await TimerFiredCountAsync(id));
        Assert.Equal(1, F.Dispatcher.Count("ticket-reminder"));
    }

    [Fact]
    public async Task A_cancelled_timer_never_fires()
    {
        var id = await StartTicketAsync();
        var timer = Assert.Single((await F.Client.GetInstanceAsync(id, false, Ct))!.Timers);
        await F.Client.RaiseEventAsync(id, "Close", null, null, Ct);

        F.Clock.Advance(TimeSpan.FromDays(3));
        await F.Sweeper.SweepAsync(cancellationToken: Ct);
        await F.Processor.HandleAsync(WorkItem.ForTimer(id, "reminder", new TimerEntry(timer.DueAt, 1)).ToJson(), 1, Ct);
        await F.DrainQueueAsync(Ct);

        Assert.Equal(0, await TimerFiredCountAsync(id));
        Assert.Equal(0, F.Dispatcher.Count("ticket-reminder"));
        Assert.Equal(RuntimeStatus.Completed, (await F.Client.GetInstanceAsync(id, false, Ct))!.RuntimeStatus);
    }

    [Fact]
    public async Task A_rescheduled_timer_fires_only_at_its_new_time()
    {
        var id = await StartTicketAsync();
        await F.Client.RaiseEventAsync(id, "Snooze", 5, null, Ct);

        F.Clock.Advance(TimeSpan.FromDays(2));
        await F.Sweeper.SweepAsync(cancellationToken: Ct);
        Assert.Equal(0, await TimerFiredCountAsync(id));

        F.Clock.Advance(TimeSpan.FromDays(4));
        await F.Sweeper.SweepAsync(cancellationToken: Ct);
        Assert.Equal(1, await TimerFiredCountAsync(id));
    }

    [Fact]
    public async Task A_timer_beyond_the_queue_limit_hops_until_due()
    {
        var id = await StartTicketAsync();
        await F.Client.RaiseEventAsync(id, "Snooze", 30, null, Ct);
        var timer = Assert.Single((await F.Client.GetInstanceAsync(id, false, Ct))!.Timers);
        var generation = (await F.Client.GetInstanceAsync(id, false, Ct))!.HistoryLength;
        var message = WorkItem.ForTimer(id, "reminder", new TimerEntry(timer.DueAt, generation)).ToJson();

        var queuedBefore = (await F.Store.Work.GetPropertiesAsync(Ct)).Value.ApproximateMessagesCount;
        F.Clock.Advance(TimeSpan.FromDays(7));
        await F.Processor.HandleAsync(message, 1, Ct); // arrives after a 7-day hop: not due, re-enqueued
        Assert.Equal(0, await TimerFiredCountAsync(id));
        var queuedAfter = (await F.Store.Work.GetPropertiesAsync(Ct)).Value.ApproximateMessagesCount;
        Assert.Equal(queuedBefore + 1, queuedAfter);

        F.Clock.Advance(TimeSpan.FromDays(23));
        await F.Processor.HandleAsync(message, 1, Ct);
        Assert.Equal(1, await TimerFiredCountAsync(id));
    }

    [Fact]
    public async Task A_transient_send_failure_is_retried_with_backoff_and_then_sent()
    {
        var failures = 2;
        F.Dispatcher.Fail = _ => Interlocked.Decrement(ref failures) >= 0 ? new OutboxDispatchException("429 Too Many Requests", true, TimeSpan.FromSeconds(2)) : null;
        var id = (await F.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Idea", "o@example.org"), Ct)).InstanceId;

        await F.DrainQueueAsync(Ct);
        var afterFirst = Assert.Single(await F.Client.GetOutboxAsync(id, Ct));
        Assert.Equal("Pending", afterFirst.Status);
        Assert.Equal(1, afterFirst.Attempts);
        Assert.Contains("429", afterFirst.LastError, StringComparison.Ordinal);

        for (var i = 0; i < 2; i++)
        {
            F.Clock.Advance(TimeSpan.FromMinutes(1));
            await F.Sweeper.SweepAsync(cancellationToken: Ct);
        }

        var sent = Assert.Single(await F.Client.GetOutboxAsync(id, Ct));
        Assert.Equal("Sent", sent.Status);
        Assert.Equal(3, sent.Attempts);
        Assert.Equal(1, F.Dispatcher.Count("ticket-opened"));
        Assert.Equal(0, await F.PoisonCountAsync());
    }

    [Fact]
    public async Task A_permanent_send_failure_goes_to_poison_with_its_reason_and_can_be_retried()
    {
        F.Dispatcher.Fail = _ => new OutboxDispatchException("400 Bad Request: invalid from address", false);
        var id = (await F.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Idea", "o@example.org"), Ct)).InstanceId;

        await F.DrainQueueAsync(Ct);

        var failed = Assert.Single(await F.Client.GetOutboxAsync(id, Ct));
        Assert.Equal("Failed", failed.Status);
        var poison = Assert.Single(await F.Client.GetPoisonMessagesAsync(Ct));
        Assert.Equal(id.Value, poison.InstanceId);
        Assert.Contains("invalid from address", poison.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("o@example.org", poison.Reason, StringComparison.Ordinal);

        F.Dispatcher.Fail = null;
        Assert.True(await F.Client.RetryPoisonMessageAsync(poison.MessageId, Ct));
        await F.DrainQueueAsync(Ct);
        Assert.Equal("Sent", Assert.Single(await F.Client.GetOutboxAsync(id, Ct)).Status);
        Assert.Empty(await F.Client.GetPoisonMessagesAsync(Ct));
    }

    [Fact]
    public async Task Transient_failures_past_the_attempt_limit_go_to_poison()
    {
        F.Dispatcher.Fail = _ => new HttpRequestException("connection reset");
        var id = (await F.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Idea", "o@example.org"), Ct)).InstanceId;

        await F.DrainQueueAsync(Ct);
        for (var i = 0; i < 12; i++)
        {
            F.Clock.Advance(TimeSpan.FromMinutes(11));
            await F.Sweeper.SweepAsync(cancellationToken: Ct);
        }

        var failed = Assert.Single(await F.Client.GetOutboxAsync(id, Ct));
        Assert.Equal("Failed", failed.Status);
        Assert.Equal(F.Options.MaxDispatchAttempts, failed.Attempts);
        Assert.Equal(1, await F.PoisonCountAsync());
    }

    [Fact]
    public async Task A_malformed_queue_message_goes_to_poison_instead_of_looping()
    {
        var outcome = await F.Processor.HandleAsync("{not json", 1, Ct);
        Assert.Equal(WorkItemOutcome.Poisoned, outcome);
        Assert.Equal(1, await F.PoisonCountAsync());
    }

    [Fact]
    public async Task Delivery_events_are_recorded_once_on_the_mail()
    {
        var id = await StartTicketAsync();
        var mail = Assert.Single(await F.Client.GetOutboxAsync(id, Ct));
        var delivered = new DeliveryEvent("delivered", F.Clock.GetUtcNow(), null);

        Assert.True(await F.Client.RecordDeliveryAsync(id, mail.Id, delivered, Ct));
        Assert.True(await F.Client.RecordDeliveryAsync(id, mail.Id, delivered, Ct));
        Assert.False(await F.Client.RecordDeliveryAsync(id, "0000000000-99", delivered, Ct));

        Assert.Equal(delivered, Assert.Single(Assert.Single(await F.Client.GetOutboxAsync(id, Ct)).Deliveries));
    }

    [Fact]
    public async Task Work_the_Functions_host_moved_to_poison_is_listed_with_its_ids_and_junk_is_listed_as_unreadable()
    {
        var id = InstanceId.New();
        await F.Store.Poison.SendMessageAsync(WorkItem.ForOutbox(id, "0000000001-00").ToJson(), Ct);
        await F.Store.Poison.SendMessageAsync("null", Ct);

        var listed = await F.Client.GetPoisonMessagesAsync(Ct);

        Assert.Equal(2, listed.Count);
        var raw = Assert.Single(listed, p => p.InstanceId == id.Value);
        Assert.Equal("o", raw.Kind);
        Assert.Contains("Functions host", raw.Reason, StringComparison.Ordinal);
        Assert.Single(listed, p => p.Kind == "unknown");
    }

    [Fact]
    public async Task More_poison_than_one_queue_batch_is_listed_whole_and_any_of_it_can_be_retried()
    {
        var ids = Enumerable.Range(0, 40).Select(_ => InstanceId.New()).ToList();
        foreach (var id in ids)
        {
            await F.Store.Poison.SendMessageAsync(WorkItem.ForOutbox(id, "0000000001-00").ToJson(), Ct);
        }

        var listed = await F.Client.GetPoisonMessagesAsync(Ct);
        Assert.Equal(ids.Select(i => i.Value).Order(), listed.Select(p => p.InstanceId).Order());

        // The last one listed is past the first batch of 32 a single receive returns.
        var last = listed[^1];
        Assert.True(await F.Client.RetryPoisonMessageAsync(last.MessageId, Ct));
        Assert.False(await F.Client.RetryPoisonMessageAsync(last.MessageId, Ct));
        Assert.Equal(39, (await F.Client.GetPoisonMessagesAsync(Ct)).Count);
    }

    [Fact]
    public async Task After_a_provider_outage_every_poisoned_mail_is_retried_at_once_and_sent()
    {
        F.Dispatcher.Fail = _ => new OutboxDispatchException("401 Unauthorized: the API key was revoked", false);
        var ids = new List<InstanceId>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await F.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Idea " + i, "o@example.org"), Ct)).InstanceId);
        }

        await F.DrainQueueAsync(Ct);
        Assert.Equal(3, (await F.Client.GetPoisonMessagesAsync(Ct)).Count);

        F.Dispatcher.Fail = null;
        Assert.Equal(3, await F.Client.RetryAllPoisonMessagesAsync(Ct));
        await F.DrainQueueAsync(Ct);

        foreach (var id in ids)
        {
            Assert.Equal("Sent", Assert.Single(await F.Client.GetOutboxAsync(id, Ct)).Status);
        }

        Assert.Empty(await F.Client.GetPoisonMessagesAsync(Ct));
        Assert.Equal(0, await F.Client.RetryAllPoisonMessagesAsync(Ct));
    }
}
