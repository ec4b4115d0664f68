using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Workflows.Host.Runtime;
using Workflows.Orchestration.Hosting;
using Workflows.Steps;

namespace Workflows.Host.Tests.Runtime;

/// <summary>
/// The seam over the real Durable Task runtime on Azurite (task hub tables and queues, in-process worker): starts,
/// signals, single-use keys, timers in domain time (never early), e-mail retries and refusals, operator commands.
/// </summary>
public sealed class DurableRuntimeTests(DurableRuntimeFixture fixture) : IClassFixture<DurableRuntimeFixture>
{
    private static readonly CancellationToken None = CancellationToken.None;

    private Task<StartResult> StartTicketAsync(string? key = null, string title = "Brevetto") =>
        fixture.Runtime.StartAsync(TicketWorkflow.WorkflowName, new TicketInput(title, $"owner-{Guid.NewGuid():N}@example.org"), new StartOptions { IdempotencyKey = key }, None);

    [Fact]
    public async Task A_start_is_visible_at_once_sends_its_mail_once_and_a_repeated_key_makes_nothing_new()
    {
        var key = Guid.NewGuid().ToString("N");
        var first = await StartTicketAsync(key);
        var view = await fixture.Runtime.GetInstanceAsync(first.InstanceId, includeTimeline: false, None);

        Assert.True(first.Created);
        Assert.NotNull(view);
        Assert.Equal("Open", view.CustomStatus);
        await fixture.WaitForEmailsAsync(first.InstanceId, "ticket-opened", 1);
        var running = await fixture.WaitForAsync(first.InstanceId, v => v.Sequence >= 1, "started");
        Assert.Equal(RuntimeStatus.Running, running.RuntimeStatus);
        Assert.Contains(running.Timers, t => t.Name == "reminder");

        var again = await StartTicketAsync(key);
        Assert.False(again.Created);
        Assert.Equal(first.InstanceId, again.InstanceId);
        await Task.Delay(500);
        Assert.Single(fixture.Dispatcher.For(first.InstanceId));
    }

    [Fact]
    public async Task A_start_the_rules_refuse_creates_nothing()
    {
        var result = await StartTicketAsync(title: " ");

        Assert.False(result.Created);
        Assert.Equal("A title is required.", result.Rejection);
        Assert.Null(await fixture.Runtime.GetInstanceAsync(result.InstanceId, false, None));
    }

    [Fact]
    public async Task An_event_is_applied_and_the_caller_is_told_the_step_after_it()
    {
        var id = (await StartTicketAsync()).InstanceId;

        var result = await fixture.Runtime.RaiseEventAsync(id, "Increment", null, null, None);

        Assert.Equal(EventOutcome.Applied, result.Outcome);
        Assert.Null(result.Reason);
        var view = await fixture.Runtime.GetInstanceAsync(id, includeTimeline: true, None);
        Assert.Equal(1, view!.State!.Value.GetProperty("count").GetInt32());
        Assert.Contains(view.History!, h => h is { Kind: "EventRaised", Name: "Increment" });
    }

    [Fact]
    public async Task An_event_the_step_does_not_allow_is_refused_at_once_and_changes_nothing()
    {
        var id = (await StartTicketAsync()).InstanceId;
        var before = await fixture.WaitForAsync(id, v => v.Sequence >= 1, "started");

        var result = await fixture.Runtime.RaiseEventAsync(id, "Dance", null, null, None);

        Assert.Equal(EventOutcome.Rejected, result.Outcome);
        Assert.Equal("Dance is not allowed now.", result.Reason);
        await Task.Delay(300);
        Assert.Equal(before.Sequence, (await fixture.Views.GetAsync(id, None))!.Sequence);
    }

    [Fact]
    public async Task The_same_single_use_key_twice_acts_once()
    {
        var id = (await StartTicketAsync()).InstanceId;
        var options = new RaiseEventOptions { SingleUseKey = "link-" + Guid.NewGuid().ToString("N") };

        var first = await fixture.Runtime.RaiseEventAsync(id, "Notify", null, options, None);
        var second = await fixture.Runtime.RaiseEventAsync(id, "Notify", null, options, None);

        Assert.Equal(EventOutcome.Applied, first.Outcome);
        Assert.Equal(EventOutcome.AlreadyConsumed, second.Outcome);
        await Task.Delay(500);
        Assert.Single(fixture.Dispatcher.For(id), s => s.Email.Template == "ticket-note");
    }

    [Fact]
    public async Task Two_raises_of_one_key_at_the_same_moment_act_once()
    {
        var id = (await StartTicketAsync()).InstanceId;
        await fixture.WaitForAsync(id, v => v.Sequence >= 1, "started");
        var options = new RaiseEventOptions { SingleUseKey = "link-" + Guid.NewGuid().ToString("N") };

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => fixture.Runtime.RaiseEventAsync(id, "Notify", null, options, None)));

        Assert.Single(results, r => r.Outcome == EventOutcome.Applied);
        Assert.All(results.Where(r => r.Outcome != EventOutcome.Applied), r => Assert.Equal(EventOutcome.AlreadyConsumed, r.Outcome));
        await Task.Delay(500);
        Assert.Single(fixture.Dispatcher.For(id), s => s.Email.Template == "ticket-note");
    }

    [Fact]
    public async Task A_timer_acts_when_the_domain_clock_reaches_it_and_not_before()
    {
        var id = (await StartTicketAsync()).InstanceId;
        var started = await fixture.WaitForAsync(id, v => v.Sequence >= 1, "started");
        var due = started.Timers.Single(t => t.Name == "reminder").DueAt;

        var moved = await fixture.Runtime.AdvanceClockAsync(id, due - TimeSpan.FromMinutes(1), None);
        Assert.Equal(EventOutcome.Applied, moved.Outcome);
        Assert.Null(moved.Reason);
        Assert.True((await fixture.Views.GetAsync(id, None))!.ClockOffset > TimeSpan.FromHours(23));
        Assert.DoesNotContain(fixture.Dispatcher.For(id), s => s.Email.Template == "ticket-reminder");

        await fixture.Runtime.AdvanceClockAsync(id, due + TimeSpan.FromSeconds(1), None);
        var reminded = await fixture.WaitForAsync(id, v => v.CustomStatus == "Reminded", "reminded");
        await fixture.WaitForEmailsAsync(id, "ticket-reminder", 1);
        Assert.Empty(reminded.Timers);
        var all = await fixture.Runtime.GetTimelineAsync(id, 1, 100, None);
        var entry = all.Single(e => e.Kind == "TimerFired");
        Assert.True(entry.Timestamp >= due, $"The reminder acted at {entry.Timestamp:O}, before it was due at {due:O}. {string.Join(" | ", all)} offset {reminded.ClockOffset}");
    }

    [Fact]
    public async Task Durable_timers_never_act_before_their_deadline_in_real_time()
    {
        // Each reminder is moved to fall due 2-3 s from now in real time: the durable timer may fire early (measured on
        // Azure Storage: up to about a second), and the orchestration must wait out the remainder.
        var acted = new ConcurrentDictionary<string, DateTimeOffset>();
        var ids = new List<InstanceId>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add((await StartTicketAsync()).InstanceId);
        }

        var dueReal = new Dictionary<InstanceId, DateTimeOffset>();
        foreach (var id in ids)
        {
            var v = await fixture.WaitForAsync(id, x => x.Sequence >= 1, "started");
            var due = v.Timers.Single(t => t.Name == "reminder").DueAt;
            var moveTo = due - TimeSpan.FromSeconds(2.5);
            await fixture.Runtime.AdvanceClockAsync(id, moveTo, None);
            var moved = await fixture.Views.GetAsync(id, None);
            dueReal[id] = due - moved!.ClockOffset;
        }

        foreach (var id in ids)
        {
            await fixture.WaitForEmailsAsync(id, "ticket-reminder", 1);
            await fixture.WaitForAsync(id, v => v.CustomStatus == "Reminded", "reminded");
            var timeline = await fixture.Runtime.GetTimelineAsync(id, 1, 100, None);
            var fired = timeline.Single(e => e.Kind == "TimerFired");
            var view = await fixture.Views.GetAsync(id, None);
            var firedReal = fired.Timestamp - view!.ClockOffset;
            Assert.True(firedReal >= dueReal[id], $"Instance {id}: acted {(dueReal[id] - firedReal).TotalMilliseconds} ms early.");
        }
    }

    [Fact]
    public async Task Closing_completes_the_instance_cancels_its_timer_and_later_events_find_it_ended()
    {
        var id = (await StartTicketAsync()).InstanceId;

        var close = await fixture.Runtime.RaiseEventAsync(id, "Close", null, null, None);
        var after = await fixture.Runtime.RaiseEventAsync(id, "Increment", null, null, None);

        Assert.Equal(EventOutcome.Applied, close.Outcome);
        var view = await fixture.WaitForAsync(id, v => v.RuntimeStatus == RuntimeStatus.Completed, "completed");
        Assert.Empty(view.Timers);
        Assert.Equal("closed", view.Output);
        Assert.Equal(EventOutcome.NotRunning, after.Outcome);
    }

    [Fact]
    public async Task Many_events_at_once_are_all_applied_across_continue_as_new()
    {
        var id = (await StartTicketAsync()).InstanceId;
        const int count = 50;

        await Task.WhenAll(Enumerable.Range(0, count).Select(_ => fixture.Runtime.RaiseEventAsync(id, "Increment", null, null, None)));

        var view = await fixture.WaitForAsync(id, v => v.State is { } s && s.GetProperty("count").GetInt32() == count, $"count {count}");
        Assert.Equal(RuntimeStatus.Running, view.RuntimeStatus);
        var status = await fixture.Hub.Client.GetOrchestrationStateAsync(id.Value);
        Assert.NotNull(status);
    }

    [Fact]
    public async Task Signals_that_leave_the_due_time_alone_leave_the_armed_timer_alone()
    {
        var id = (await StartTicketAsync()).InstanceId;
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(EventOutcome.Applied, (await fixture.Runtime.RaiseEventAsync(id, "Increment", null, null, None)).Outcome);
        }

        // The start's checkpoint timer, then the reminder's one timer, armed once and kept: not one more per signal (12
        // in all before, each cancelled one firing later for nothing).
        Assert.Equal(2, await TimersCreatedAsync(id));
        Assert.Equal(EventOutcome.Applied, (await fixture.Runtime.RaiseEventAsync(id, "Snooze", JsonSerializer.SerializeToElement(3), null, None)).Outcome);
        // A new due time: armed again, once the turn is through (the outcome is told as soon as its view is written).
        var timers = 0;
        for (var i = 0; i < 100 && (timers = await TimersCreatedAsync(id)) < 3; i++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(3, timers);
    }

    private async Task<int> TimersCreatedAsync(InstanceId id)
    {
        var state = await fixture.Hub.Client.GetOrchestrationStateAsync(id.Value);
        using var history = JsonDocument.Parse(await fixture.Hub.Client.GetOrchestrationHistoryAsync(state!.OrchestrationInstance));
        return history.RootElement.EnumerateArray().Count(e => e.GetProperty("EventType").GetInt32() == (int)DurableTask.Core.History.EventType.TimerCreated);
    }

    [Fact]
    public async Task A_90_day_journey_of_daily_turns_keeps_each_execution_history_within_a_fixed_bound()
    {
        // 90 days in 3-day steps, each a clock move, an event and a snooze of the reminder (always pending, as a
        // follow-up's wait is): 90 turns, more than four executions' worth. Durable replays the current execution only.
        var id = (await StartTicketAsync()).InstanceId;
        var day = (await fixture.WaitForAsync(id, v => v.Sequence >= 1, "started")).CreatedAt;
        Assert.Equal(EventOutcome.Applied, (await fixture.Runtime.RaiseEventAsync(id, "Snooze", JsonSerializer.SerializeToElement(4), null, None)).Outcome);
        var executions = new HashSet<string>(StringComparer.Ordinal);
        var longest = 0;
        for (var step = 1; step <= 30; step++)
        {
            day += TimeSpan.FromDays(3);
            Assert.Equal(EventOutcome.Applied, (await fixture.Runtime.AdvanceClockAsync(id, day, None)).Outcome);
            Assert.Equal(EventOutcome.Applied, (await fixture.Runtime.RaiseEventAsync(id, "Increment", null, null, None)).Outcome);
            Assert.Equal(EventOutcome.Applied, (await fixture.Runtime.RaiseEventAsync(id, "Snooze", JsonSerializer.SerializeToElement(4), null, None)).Outcome);
            var state = await fixture.Hub.Client.GetOrchestrationStateAsync(id.Value);
            executions.Add(state!.OrchestrationInstance.ExecutionId);
            using var history = JsonDocument.Parse(await fixture.Hub.Client.GetOrchestrationHistoryAsync(state.OrchestrationInstance));
            longest = Math.Max(longest, history.RootElement.GetArrayLength());
        }

        var view = await fixture.WaitForAsync(id, v => v.State?.GetProperty("count").GetInt32() == 30, "30 increments");
        Assert.Single(view.Timers); // the reminder, still pending after 90 days
        Assert.DoesNotContain(fixture.Dispatcher.For(id), s => s.Email.Template == "ticket-reminder");
        Assert.True(executions.Count >= 4, $"{executions.Count} executions seen");
        // A turn writes about ten history events (the signal, the turn's activity and its result, the timer re-armed,
        // the episodes' markers): 20 turns an execution stay under 300 whatever the journey's length.
        Assert.True(longest <= 300, $"The longest execution's history had {longest} events.");
        Console.WriteLine($"90-day journey: {executions.Count} executions, longest history {longest} events");
    }

    [Fact]
    public async Task Signals_raised_to_many_instances_while_they_continue_as_new_are_each_decided_exactly_once()
    {
        // 20 instances, 25 signals each raised at once: every instance continues as new (every 20 turns) with signals
        // still arriving; each must count exactly 25, none lost (Durable dropped one in 1 000 with 40 instances under CI
        // load before the web app kept and raised again its acknowledged signals), none twice.
        const int instances = 20, signals = 25;
        var ids = new List<InstanceId>();
        for (var i = 0; i < instances; i++)
        {
            ids.Add((await StartTicketAsync()).InstanceId);
        }

        await Task.WhenAll(ids.SelectMany(id => Enumerable.Range(0, signals).Select(_ => fixture.Runtime.RaiseEventAsync(id, "Increment", null, null, None))));

        foreach (var id in ids)
        {
            var view = await fixture.WaitForAsync(id, v => v.State is { } s && s.GetProperty("count").GetInt32() >= signals, $"count {signals}", TimeSpan.FromMinutes(2));
            Assert.Equal(signals, view.State!.Value.GetProperty("count").GetInt32());
            Assert.Equal(RuntimeStatus.Running, view.RuntimeStatus);
        }

        await Task.Delay(TimeSpan.FromSeconds(2)); // nothing decided twice arrives later either
        foreach (var id in ids)
        {
            Assert.Equal(signals, (await fixture.Views.GetAsync(id, None))!.State!.Value.GetProperty("count").GetInt32());
        }
    }

    [Fact]
    public async Task A_signal_the_web_app_acknowledged_but_Durable_dropped_is_raised_again_and_decided_once()
    {
        var id = (await StartTicketAsync()).InstanceId;
        var signal = new Workflows.Orchestration.Orchestrators.WorkflowSignal("dropped-" + Guid.NewGuid().ToString("N"), "Increment", null, null, null);

        // The web app kept it and answered; the event itself never reached the instance (as Durable drops some).
        await fixture.Signals.KeepAsync(id, signal, None);
        await fixture.WaitForAsync(id, v => v.State?.GetProperty("count").GetInt32() == 1, "the kept signal decided", TimeSpan.FromMinutes(1));

        // Raised once more (another process's round, a late copy): decided once all the same, and no longer kept.
        await fixture.Runtime.RaiseKeptAsync(id, signal);
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.Equal(1, (await fixture.Views.GetAsync(id, None))!.State!.Value.GetProperty("count").GetInt32());
        Assert.Equal(0, await fixture.Signals.RedeliverAsync(fixture.Views, fixture.Runtime.RaiseKeptAsync, TimeSpan.Zero, None));
    }

    [Fact]
    public async Task A_mail_the_provider_fails_for_now_is_sent_on_a_later_attempt()
    {
        var owner = $"flaky-{Guid.NewGuid():N}@example.org";
        var attempts = 0;
        fixture.Dispatcher.Fail = item => item.Email.To == owner && Interlocked.Increment(ref attempts) == 1
            ? new OutboxDispatchException("429 Too Many Requests", isTransient: true, retryAfter: TimeSpan.FromSeconds(1))
            : null;

        var id = (await fixture.Runtime.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Brevetto", owner), null, None)).InstanceId;

        // The retry is a durable timer in domain time: move the clock past it.
        await fixture.WaitForAsync(id, v => v.Sequence >= 1, "started");
        await Task.Delay(300);
        await fixture.Runtime.AdvanceClockAsync(id, fixture.Clock.GetUtcNow() + TimeSpan.FromSeconds(10), None);
        await fixture.WaitForEmailsAsync(id, "ticket-opened", 1);
        var mail = Assert.Single(await fixture.Runtime.GetEmailsAsync(id, None));
        Assert.Equal("Sent", mail.Status);
        Assert.Equal(2, mail.Attempts);
    }

    [Fact]
    public async Task A_mail_the_provider_refuses_is_listed_and_sent_after_an_operator_retries_it()
    {
        var owner = $"refused-{Guid.NewGuid():N}@example.org";
        var refuse = true;
        fixture.Dispatcher.Fail = item => item.Email.To == owner && Volatile.Read(ref refuse)
            ? new OutboxDispatchException("400 Bad Request: invalid from address", isTransient: false)
            : null;

        var id = (await fixture.Runtime.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Brevetto", owner), null, None)).InstanceId;
        FailedEmail? failed = null;
        for (var i = 0; i < 200 && failed is null; i++)
        {
            failed = (await fixture.Runtime.GetFailedEmailsAsync(None)).FirstOrDefault(f => f.InstanceId == id.Value);
            await Task.Delay(50);
        }

        Assert.NotNull(failed);
        Assert.Equal("ticket-opened", failed.Template);
        Assert.Equal("Failed", Assert.Single(await fixture.Runtime.GetEmailsAsync(id, None)).Status);

        Volatile.Write(ref refuse, false);
        Assert.True(await fixture.Runtime.RetryFailedEmailAsync(failed.Id, None));
        await fixture.WaitForEmailsAsync(id, "ticket-opened", 1);
        for (var i = 0; i < 100 && (await fixture.Runtime.GetFailedEmailsAsync(None)).Any(f => f.Id == failed.Id); i++)
        {
            await Task.Delay(50);
        }

        Assert.DoesNotContain(await fixture.Runtime.GetFailedEmailsAsync(None), f => f.Id == failed.Id);
        Assert.Equal("Sent", Assert.Single(await fixture.Runtime.GetEmailsAsync(id, None)).Status);
    }

    [Fact]
    public async Task A_step_rule_that_throws_fails_the_instance_visibly()
    {
        var id = (await StartTicketAsync()).InstanceId;
        await fixture.WaitForAsync(id, v => v.Sequence >= 1, "started");

        await fixture.Runtime.RaiseEventAsync(id, "Explode", null, null, None);

        var view = await fixture.WaitForAsync(id, v => v.RuntimeStatus == RuntimeStatus.Failed, "failed");
        Assert.Contains("boom", view.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suspend_holds_events_resume_lets_them_through_terminate_ends_it()
    {
        var id = (await StartTicketAsync()).InstanceId;
        await fixture.WaitForAsync(id, v => v.Sequence >= 1, "started");

        Assert.Equal(EventOutcome.Applied, (await fixture.Runtime.SuspendAsync(id, "verifica", None)).Outcome);
        Assert.Equal(EventOutcome.NotRunning, (await fixture.Runtime.RaiseEventAsync(id, "Increment", null, null, None)).Outcome);
        Assert.Equal(EventOutcome.Applied, (await fixture.Runtime.ResumeAsync(id, null, None)).Outcome);
        Assert.Equal(EventOutcome.Applied, (await fixture.Runtime.RaiseEventAsync(id, "Increment", null, null, None)).Outcome);
        Assert.Equal(EventOutcome.Applied, (await fixture.Runtime.TerminateAsync(id, "doppione", None)).Outcome);

        var view = await fixture.Runtime.GetInstanceAsync(id, includeTimeline: true, None);
        Assert.Equal(RuntimeStatus.Terminated, view!.RuntimeStatus);
        Assert.Contains(view.History!, h => h.Kind == "Suspended");
        Assert.Contains(view.History!, h => h.Kind == "Terminated");
        await Task.Delay(500);
        Assert.Equal(RuntimeStatus.Terminated, (await fixture.Runtime.GetInstanceAsync(id, false, None))!.RuntimeStatus);
    }

    [Fact]
    public async Task Erase_keeps_the_figures_and_drops_the_personal_data_and_the_durable_history()
    {
        var id = (await StartTicketAsync()).InstanceId;
        await fixture.Runtime.RaiseEventAsync(id, "Close", null, null, None);
        await fixture.WaitForAsync(id, v => v.RuntimeStatus == RuntimeStatus.Completed, "completed");
        await fixture.WaitForEmailsAsync(id, "ticket-closed", 1);
        await Task.Delay(300);

        Assert.Equal(EraseResult.Erased, await fixture.Runtime.EraseAsync(id, None));

        var view = await fixture.Runtime.GetInstanceAsync(id, includeTimeline: true, None);
        Assert.NotNull(view!.ErasedAt);
        Assert.Null(view.Input);
        Assert.Null(view.State);
        Assert.Equal("Closed", view.CustomStatus);
        Assert.Empty(await fixture.Runtime.GetEmailsAsync(id, None));
        Assert.Null(await fixture.Hub.Client.GetOrchestrationStateAsync(id.Value));
        Assert.Equal(EraseResult.AlreadyErased, await fixture.Runtime.EraseAsync(id, None));
    }

    [Fact]
    public async Task Without_clock_travel_the_domain_clock_cannot_be_moved()
    {
        var runtime = new DurableWorkflowRuntime(
            fixture.Hub, fixture.Views, [new TicketWorkflow()], fixture.Clock, Options.Create(new TaskHubOptions { AllowClockTravel = false }));

        var result = await runtime.AdvanceClockAsync(InstanceId.New(), fixture.Clock.GetUtcNow().AddDays(30), None);

        Assert.Equal(EventOutcome.Rejected, result.Outcome);
    }
}

