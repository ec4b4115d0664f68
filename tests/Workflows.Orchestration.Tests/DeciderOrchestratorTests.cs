using System.Text.Json;
using Workflows.Orchestration.Activities;
using Workflows.Orchestration.Orchestrators;
using Workflows.Orchestration.Views;

namespace Workflows.Orchestration.Tests;

/// <summary>
/// <see cref="DeciderOrchestrator"/> on Durable's in-process test host: the order of effects, refusals, continue-as-new,
/// e-mail retries and refusals, with fake activities.
/// </summary>
public sealed class DeciderOrchestratorTests : IAsyncLifetime
{
    private OrchestratorHost _host = null!;

    public async Task InitializeAsync() => _host = await OrchestratorHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static int Count(InstanceViewRecord v) => v.State!.Value.GetProperty("count").GetInt32();

    [Fact]
    public async Task A_start_sends_its_emails_before_it_writes_the_view()
    {
        var id = await _host.StartInstanceAsync();

        var view = await _host.WaitForViewAsync(v => v.InstanceId.Value == id && v.Sequence >= 1, "the start");

        var calls = _host.Calls;
        var firstView = calls.First(c => c.View is not null);
        var mail = Assert.Single(calls, c => c.Email is not null);
        Assert.True(mail.Order < firstView.Order, "the e-mail must leave before the view says the step was taken");
        Assert.Equal(("counter-opened", "0001", 1), (mail.Email!.Email.Template, mail.Email.EmailId, mail.Email.Attempt));
        Assert.Equal("Open", view.CustomStatus);
        Assert.Contains(view.Timers, t => t.Name == "reminder");
        Assert.Contains(firstView.View!.NewEntries, e => e.Kind == "Started");
    }

    [Fact]
    public async Task A_signal_the_rules_refuse_is_recorded_as_rejected_and_changes_no_state()
    {
        var id = await _host.StartInstanceAsync();
        await _host.SignalAsync(id, "Increment");
        var before = await _host.WaitForViewAsync(v => v.State is { } s && Count(v) == 1, "count 1");

        var signal = await _host.SignalAsync(id, "Dance");
        var after = await _host.WaitForViewAsync(v => v.RecentSignals.Any(s => s.SignalId == signal), "the refusal");

        var outcome = after.RecentSignals.Single(s => s.SignalId == signal);
        Assert.Equal(("Rejected", "Dance is not allowed now."), (outcome.Outcome, outcome.Reason));
        Assert.Equal(before.State!.Value.GetRawText(), after.State!.Value.GetRawText());
        Assert.Equal(before.Sequence, after.Sequence);
        Assert.Equal(before.CustomStatus, after.CustomStatus);
        Assert.Single(_host.Emails);
    }

    [Fact]
    public async Task A_signal_sent_on_a_view_the_orchestration_has_not_reached_waits_for_it()
    {
        // As after a crash: the view of a turn was written, its checkpoint lost, and the turn replays after a signal
        // its sender raised on that view. Close is held until the orchestration has got as far as its sender saw.
        var id = await _host.StartInstanceAsync();
        var started = await _host.WaitForViewAsync(v => v.InstanceId.Value == id && v.Sequence >= 1, "the start");
        var close = await _host.SignalAsync(id, "Close", seen: started.Sequence + 1);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.DoesNotContain(_host.Views, v => v.RecentSignals.Any(s => s.SignalId == close));

        var increment = await _host.SignalAsync(id, "Increment");
        var closed = await _host.WaitForViewAsync(v => v.RuntimeStatus == RuntimeStatus.Completed, "the close");

        Assert.Equal([increment, close], closed.RecentSignals.Select(s => s.SignalId));
        Assert.All(closed.RecentSignals, s => Assert.Equal("Applied", s.Outcome));
        Assert.Equal(1, Count(closed));
    }

    [Fact]
    public async Task A_single_use_key_works_once()
    {
        var id = await _host.StartInstanceAsync();
        await _host.SignalAsync(id, "Increment", key: "link-1");
        var second = await _host.SignalAsync(id, "Increment", key: "link-1");

        var view = await _host.WaitForViewAsync(v => v.RecentSignals.Any(s => s.SignalId == second), "the second signal");

        Assert.Equal("AlreadyConsumed", view.RecentSignals.Single(s => s.SignalId == second).Outcome);
        Assert.Equal(1, Count(view));
    }

    [Fact]
    public async Task Continuing_as_new_after_its_turns_keeps_the_memory_and_every_signal()
    {
        const int signals = (DeciderOrchestrator.TurnsPerExecution * 2) + 5;
        var id = await _host.StartInstanceAsync();
        await _host.WaitForViewAsync(v => v.Sequence >= 1, "the start");

        // One at a time: the in-process test host does not carry events still queued across a continue-as-new (the
        // Azurite test of the runtime raises them all at once), so this checks what the carried memory keeps.
        for (var i = 1; i <= signals; i++)
        {
            var signal = await _host.SignalAsync(id, "Increment", key: $"link-{i}");
            await _host.WaitForViewAsync(v => v.RecentSignals.Any(s => s.SignalId == signal), $"signal {i}");
        }

        var view = _host.Views[^1];
        Assert.Equal(signals, Count(view));
        Assert.Equal(1 + signals, view.Sequence); // timeline numbering carried across executions
        Assert.Contains(view.Timers, t => t.Name == "reminder"); // pending timers carried
        Assert.Equal(signals, view.ConsumedKeys.Count); // used links carried
        var again = await _host.SignalAsync(id, "Increment", key: "link-1");
        var refused = await _host.WaitForViewAsync(v => v.RecentSignals.Any(s => s.SignalId == again), "the used link");
        Assert.Equal("AlreadyConsumed", refused.RecentSignals.Single(s => s.SignalId == again).Outcome);
        var metadata = await _host.Client.GetInstanceAsync(id);
        Assert.Equal(Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Running, metadata!.RuntimeStatus);
    }

    [Fact]
    public async Task An_email_the_provider_defers_is_retried_after_its_backoff_then_sent()
    {
        var attempts = 0;
        _host.Answer = d => Interlocked.Increment(ref attempts) == 1
            ? new EmailSendResult(EmailSendResult.Retry, TimeSpan.FromSeconds(1), "429")
            : new EmailSendResult(EmailSendResult.Sent);
        var id = await _host.StartInstanceAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (_host.Emails.Count < 2)
        {
            await Task.Delay(50, timeout.Token);
        }

        var sends = _host.Calls.Where(c => c.Email is not null).ToList();
        Assert.Equal([1, 2], sends.Select(s => s.Email!.Attempt));
        Assert.All(sends, s => Assert.Equal("0001", s.Email!.EmailId));
        var waited = sends[1].At - sends[0].At;
        Assert.True(waited >= TimeSpan.FromSeconds(4.5), $"retried after {waited}, the first back-off is 5 s");
        var view = await _host.WaitForViewAsync(v => v.Sequence >= 1, "the start");
        Assert.DoesNotContain(view.Timers, t => t.Name.StartsWith('$')); // the retry timer is the runtime's own
        await Task.Delay(500);
        Assert.Equal(2, _host.Emails.Count);
    }

    [Fact]
    public async Task An_email_the_provider_refuses_tells_the_step_rules()
    {
        _host.Answer = d => d.Email.Template == "counter-note"
            ? new EmailSendResult(EmailSendResult.Refused, null, "550 no such user")
            : new EmailSendResult(EmailSendResult.Sent);
        var id = await _host.StartInstanceAsync();
        await _host.WaitForViewAsync(v => v.Sequence >= 1, "the start");

        await _host.SignalAsync(id, "Notify");

        var view = await _host.WaitForViewAsync(v => v.CustomStatus == "MailProblem", "the mail problem");
        Assert.Equal(1, view.State!.Value.GetProperty("undeliverable").GetInt32());
        var entry = _host.Calls.Where(c => c.View is not null).SelectMany(c => c.View!.NewEntries).Single(e => e.Name == "EmailUndeliverable");
        Assert.Equal("0002", entry.Payload!.Value.GetProperty("outboxId").GetString());
        Assert.Equal(1, _host.Emails.Count(e => e.Email.Template == "counter-note")); // refused for good: not retried
    }

    [Fact]
    public async Task Closing_completes_the_instance_with_the_step_rules_output()
    {
        var id = await _host.StartInstanceAsync();
        await _host.SignalAsync(id, "Close");

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var done = await _host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, timeout.Token);

        Assert.True(done.RuntimeStatus == Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Completed, $"{done.RuntimeStatus}: {done.FailureDetails}");
        Assert.Equal("closed", done.ReadOutputAs<string>());
        var last = _host.Views[^1];
        Assert.Equal((RuntimeStatus.Completed, "Closed"), (last.RuntimeStatus, last.CustomStatus));
        Assert.Empty(last.Timers);
    }
}
