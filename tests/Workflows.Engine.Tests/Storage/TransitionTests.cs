using Workflows.Engine;
using Workflows.Engine.Tests.Sample;

namespace Workflows.Engine.Tests.Storage;

/// <summary>Transitions against Azurite: atomic, exactly-once, idempotent.</summary>
public sealed class TransitionTests : EngineTest
{
    private async Task<InstanceId> StartTicketAsync(string owner = "owner@example.org")
    {
        var result = await F.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Idea", owner), Ct);
        Assert.True(result.Created);
        return result.InstanceId;
    }

    [Fact]
    public async Task Start_commits_state_history_and_outbox_and_the_mail_is_dispatched_from_the_queue()
    {
        var id = await StartTicketAsync();

        var status = await F.Client.GetInstanceAsync(id, includeHistory: true, Ct);
        Assert.NotNull(status);
        Assert.Equal(RuntimeStatus.Running, status.RuntimeStatus);
        Assert.Equal("Open", status.CustomStatus);
        Assert.Equal("Started", Assert.Single(status.History!).Kind);
        Assert.Equal("reminder", Assert.Single(status.Timers).Name);

        await F.DrainQueueAsync(Ct);

        Assert.Equal(1, F.Dispatcher.Count("ticket-opened"));
        var outbox = Assert.Single(await F.Client.GetOutboxAsync(id, Ct));
        Assert.Equal("Sent", outbox.Status);
        Assert.Equal("msg-" + outbox.Id, outbox.ProviderMessageId);
    }

    [Fact]
    public async Task Fifty_concurrent_events_on_one_instance_are_each_applied_exactly_once()
    {
        var id = await StartTicketAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => F.Client.RaiseEventAsync(id, "Increment", null, null, Ct)));

        Assert.All(results, r => Assert.Equal(EventOutcome.Applied, r.Outcome));
        var status = await F.Client.GetInstanceAsync(id, includeHistory: true, Ct);
        Assert.Equal(50, status!.State!.Value.GetProperty("count").GetInt32());
        Assert.Equal(50, status.History!.Count(h => h.Kind == "EventRaised"));
        Assert.Equal(51, status.HistoryLength);
        Assert.Equal(Enumerable.Range(1, 51).Select(i => (long)i), status.History!.Select(h => h.Sequence));
    }

    [Fact]
    public async Task Idempotent_start_creates_one_instance_for_a_repeated_key()
    {
        var options = new StartOptions { IdempotencyKey = "form-7f3a" };
        var first = await F.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Idea", "o@example.org"), options, Ct);
        var second = await F.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Idea", "o@example.org"), options, Ct);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.InstanceId, second.InstanceId);
        await F.DrainQueueAsync(Ct);
        Assert.Equal(1, F.Dispatcher.Count("ticket-opened"));
    }

    [Fact]
    public async Task A_replayed_single_use_key_changes_nothing()
    {
        var id = await StartTicketAsync();
        var options = new RaiseEventOptions { SingleUseKey = "link-abc" };

        var first = await F.Client.RaiseEventAsync(id, "Notify", null, options, Ct);
        var replay = await F.Client.RaiseEventAsync(id, "Notify", null, options, Ct);
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => F.Client.RaiseEventAsync(id, "Notify", null, options with { SingleUseKey = "link-def" }, Ct)));

        Assert.Equal(EventOutcome.Applied, first.Outcome);
        Assert.Equal(EventOutcome.AlreadyConsumed, replay.Outcome);
        Assert.Equal(1, concurrent.Count(r => r.Outcome == EventOutcome.Applied));
        Assert.Equal(4, concurrent.Count(r => r.Outcome == EventOutcome.AlreadyConsumed));
        var status = await F.Client.GetInstanceAsync(id, true, Ct);
        Assert.Equal(2, status!.History!.Count(h => h.Name == "Notify"));
        await F.DrainQueueAsync(Ct);
        Assert.Equal(2, F.Dispatcher.Count("ticket-note"));
    }

    [Fact]
    public async Task A_rejected_event_commits_nothing_and_does_not_consume_its_key()
    {
        var id = await StartTicketAsync();
        var before = await F.Client.GetInstanceAsync(id, false, Ct);

        var rejected = await F.Client.RaiseEventAsync(id, "NotAllowed", null, new RaiseEventOptions { SingleUseKey = "k1" }, Ct);
        var after = await F.Client.GetInstanceAsync(id, false, Ct);
        var later = await F.Client.RaiseEventAsync(id, "Notify", null, new RaiseEventOptions { SingleUseKey = "k1" }, Ct);

        Assert.Equal(EventOutcome.Rejected, rejected.Outcome);
        Assert.Equal(before!.HistoryLength, after!.HistoryLength);
        Assert.Equal(EventOutcome.Applied, later.Outcome);
    }

    [Fact]
    public async Task A_throwing_decider_fails_the_instance_with_the_reason()
    {
        var id = await StartTicketAsync();

        await F.Client.RaiseEventAsync(id, "Explode", null, null, Ct);

        var status = await F.Client.GetInstanceAsync(id, true, Ct);
        Assert.Equal(RuntimeStatus.Failed, status!.RuntimeStatus);
        Assert.Contains("boom", status.FailureReason, StringComparison.Ordinal);
        Assert.Empty(status.Timers);
        Assert.Equal("Failed", status.History![^1].Kind);
    }

    [Fact]
    public async Task A_state_too_big_for_one_entity_fails_the_instance_instead_of_corrupting_it()
    {
        var id = await StartTicketAsync();
        await F.Client.RaiseEventAsync(id, "Grow", 100_000, null, Ct);
        var mid = await F.Client.GetInstanceAsync(id, false, Ct);
        Assert.Equal(RuntimeStatus.Running, mid!.RuntimeStatus);
        Assert.Equal(100_000, mid.State!.Value.GetProperty("title").GetString()!.Length);

        await Assert.ThrowsAsync<WorkflowStateTooLargeException>(() => F.Client.RaiseEventAsync(id, "Grow", 400_000, null, Ct));
        var after = await F.Client.GetInstanceAsync(id, false, Ct);
        Assert.Equal(mid.HistoryLength, after!.HistoryLength);
    }

    [Fact]
    public async Task Suspended_instances_refuse_events_and_defer_timers_until_resumed()
    {
        var id = await StartTicketAsync();
        await F.DrainQueueAsync(Ct);
        Assert.True((await F.Client.SuspendAsync(id, "checking", Ct)).Applied);

        var refused = await F.Client.RaiseEventAsync(id, "Increment", null, null, Ct);
        F.Clock.Advance(TimeSpan.FromDays(2));
        await F.Sweeper.SweepAsync(cancellationToken: Ct);
        var suspended = await F.Client.GetInstanceAsync(id, false, Ct);

        Assert.Equal(EventOutcome.NotRunning, refused.Outcome);
        Assert.Equal(RuntimeStatus.Suspended, suspended!.RuntimeStatus);
        Assert.Equal("Open", suspended.CustomStatus);

        Assert.True((await F.Client.ResumeAsync(id, null, Ct)).Applied);
        var resumed = await F.Client.GetInstanceAsync(id, true, Ct);
        Assert.Equal(RuntimeStatus.Running, resumed!.RuntimeStatus);
        Assert.Equal("Reminded", resumed.CustomStatus);
        Assert.Equal(["Started", "Suspended", "TimerDeferred", "Resumed", "TimerFired"], resumed.History!.Select(h => h.Kind));
    }

    [Fact]
    public async Task Terminate_cancels_timers_and_purge_deletes_everything()
    {
        var id = await StartTicketAsync();
        Assert.Equal(PurgeResult.NotEnded, await F.Client.PurgeAsync(id, Ct));

        Assert.True((await F.Client.TerminateAsync(id, "duplicate request", Ct)).Applied);
        var terminated = await F.Client.GetInstanceAsync(id, false, Ct);
        Assert.Equal(RuntimeStatus.Terminated, terminated!.RuntimeStatus);
        Assert.Empty(terminated.Timers);
        Assert.Equal(EventOutcome.NotRunning, (await F.Client.TerminateAsync(id, "again", Ct)).Outcome);

        F.Clock.Advance(TimeSpan.FromDays(2));
        await F.Sweeper.SweepAsync(cancellationToken: Ct);
        await F.DrainQueueAsync(Ct);
        Assert.Equal(0, F.Dispatcher.Count("ticket-reminder"));

        Assert.Equal(PurgeResult.Purged, await F.Client.PurgeAsync(id, Ct));
        Assert.Null(await F.Client.GetInstanceAsync(id, false, Ct));
        Assert.Empty((await F.Client.QueryAsync(new WorkflowQuery(), null, Ct)).Items);
        Assert.Equal(EventOutcome.NotFound, (await F.Client.RaiseEventAsync(id, "Increment", null, null, Ct)).Outcome);
    }

    [Fact]
    public async Task A_query_right_after_events_sees_the_steps_they_moved_to()
    {
        var ids = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => StartTicketAsync($"o{i}@example.org")));

        await Task.WhenAll(ids.Select(id => F.Client.RaiseEventAsync(id, "Close", null, null, Ct)));
        var closed = await F.Client.QueryAsync(new WorkflowQuery { CustomStatus = ["Closed"] }, null, Ct);

        Assert.Equal(ids.Select(i => i.Value).Order(StringComparer.Ordinal), closed.Items.Select(i => i.InstanceId.Value).Order(StringComparer.Ordinal));
        Assert.All(closed.Items, i => Assert.Equal(RuntimeStatus.Completed, i.RuntimeStatus));
    }

    [Fact]
    public async Task Query_filters_by_status_step_tag_and_dates_and_pages_with_a_continuation_token()
    {
        var ids = new List<InstanceId>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add(await StartTicketAsync(i % 2 == 0 ? "even@example.org" : "odd@example.org"));
            F.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        await F.Client.RaiseEventAsync(ids[0], "Close", null, null, Ct);
        var from = F.Clock.GetUtcNow().AddMinutes(-3.5);

        var evens = await F.Client.QueryAsync(new WorkflowQuery { Tags = new Dictionary<string, string> { ["owner"] = "even@example.org" } }, null, Ct);
        var running = await F.Client.QueryAsync(new WorkflowQuery { RuntimeStatus = [RuntimeStatus.Running] }, null, Ct);
        var closed = await F.Client.QueryAsync(new WorkflowQuery { CustomStatus = ["Closed"] }, null, Ct);
        var recent = await F.Client.QueryAsync(new WorkflowQuery { CreatedFrom = from }, null, Ct);

        Assert.Equal(4, evens.Items.Count);
        Assert.Equal(6, running.Items.Count);
        Assert.Equal(ids[0], Assert.Single(closed.Items).InstanceId);
        Assert.Equal(3, recent.Items.Count);
        Assert.Equal(ids[6], running.Items[0].InstanceId); // newest first

        var seen = new List<InstanceId>();
        string? token = null;
        do
        {
            var page = await F.Client.QueryAsync(new WorkflowQuery { PageSize = 3 }, token, Ct);
            Assert.True(page.Items.Count <= 3);
            seen.AddRange(page.Items.Select(i => i.InstanceId));
            token = page.ContinuationToken;
        }
        while (token is not null);

        Assert.Equal(ids.AsEnumerable().Reverse(), seen);
    }
}
