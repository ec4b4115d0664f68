using Workflows.Host.Tests.Sample;
using Workflows.Orchestration.Orchestrators;
using Workflows.Steps;

namespace Workflows.Host.Tests.Runtime;

/// <summary>
/// A turn whose effects keep failing (here: the e-mail port throwing as a storage or a bug would, not a provider's
/// answer) through the real Durable runtime: the request never ends, it stalls visibly, resumes by itself once the
/// fault heals or at once on "riprova", keeps the signals raised meanwhile and sends nothing twice.
/// </summary>
public sealed class StalledTurnTests
{
    /// <summary>Fast enough for a test: two attempts per round, stalled rounds a second or two apart.</summary>
    private static readonly TurnPolicy Quick = new()
    {
        ActivityAttempts = 2,
        FirstRetry = TimeSpan.FromMilliseconds(100),
        MaxRetry = TimeSpan.FromMilliseconds(200),
        FirstStallWait = TimeSpan.FromSeconds(1),
        MaxStallWait = TimeSpan.FromSeconds(2),
    };

    [Fact]
    public async Task Given_a_turn_that_fails_20_times_when_the_fault_heals_then_the_request_resumes_with_its_email_sent_once()
    {
        await using var fixture = new DurableRuntimeFixture(new TicketWorkflow(), TestStorage.NewPrefix('s'), keepHub: false, Quick);
        await fixture.InitializeAsync();
        var failures = 0;
        fixture.Dispatcher.Fail = item => item.Email.Template == "ticket-note" && Interlocked.Increment(ref failures) <= 20
            ? new InvalidOperationException("Table storage did not answer")
            : null;
        var id = (await fixture.Runtime.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Brevetto", "ref@comune.example"), null, CancellationToken.None)).InstanceId;

        // The page's wait for the outcome lasts longer than the stall here: watch for the stall meanwhile.
        var notify = fixture.Runtime.RaiseEventAsync(id, "Notify", null, null, CancellationToken.None);
        var stall = await WaitForStallAsync(fixture, id);
        Assert.Contains("Table storage did not answer", stall.Cause, StringComparison.Ordinal);
        Assert.False(notify.IsCompleted); // nobody was told "done" while the turn had not gone through
        Assert.Equal(RuntimeStatus.Running, (await fixture.Views.GetAsync(id, CancellationToken.None))!.RuntimeStatus);

        await fixture.WaitForEmailsAsync(id, "ticket-note", 1, TimeSpan.FromMinutes(2));
        await WaitUntilAsync(async () => await fixture.Views.GetStallAsync(id, CancellationToken.None) is null, "the stall cleared");
        Assert.True(Volatile.Read(ref failures) >= 20);
        Assert.True((await notify).Applied);

        // Whoever answers for it was alerted once, not once per failed round (about ten here).
        var alert = Assert.Single(fixture.Dispatcher.For(id), m => m.Email.Template == "coordinator-stalled");
        Assert.Equal("ref@comune.example", alert.Email.To);

        // Still alive and deciding: the next signal is applied, and the stalled e-mail went out exactly once.
        Assert.True((await fixture.Runtime.RaiseEventAsync(id, "Increment", null, null, CancellationToken.None)).Applied);
        Assert.Equal(1, fixture.Dispatcher.For(id).Count(s => s.Email.Template == "ticket-note"));
        Assert.Equal(RuntimeStatus.Running, (await fixture.Views.GetAsync(id, CancellationToken.None))!.RuntimeStatus);
    }

    [Fact]
    public async Task Given_a_turn_that_always_fails_when_the_fault_is_removed_and_an_operator_retries_then_it_resumes_and_decides_the_signals_raised_meanwhile()
    {
        await using var fixture = new DurableRuntimeFixture(new TicketWorkflow(), TestStorage.NewPrefix('s'), keepHub: false, Quick with
        {
            FirstStallWait = TimeSpan.FromHours(1), // only the operator's retry brings it back within the test
            MaxStallWait = TimeSpan.FromHours(1),
        });
        await fixture.InitializeAsync();
        var broken = true;
        fixture.Dispatcher.Fail = item => Volatile.Read(ref broken) && item.Email.Template == "ticket-note"
            ? new InvalidOperationException("A bug in the sender")
            : null;
        var id = (await fixture.Runtime.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Cooperativa", "ref@comune.example"), null, CancellationToken.None)).InstanceId;

        await fixture.Runtime.RaiseEventAsync(id, "Notify", null, null, CancellationToken.None);
        await WaitForStallAsync(fixture, id);
        Assert.Contains(await fixture.Runtime.GetStalledAsync(CancellationToken.None), s => s.InstanceId == id.Value);
        var before = (await fixture.Views.GetAsync(id, CancellationToken.None))!;

        // A signal while stalled is kept, not decided yet and not lost.
        var meanwhile = await fixture.Runtime.RaiseEventAsync(id, "Increment", null, null, CancellationToken.None);
        Assert.Equal("queued", meanwhile.Reason);
        Assert.Equal(RuntimeStatus.Running, (await fixture.Views.GetAsync(id, CancellationToken.None))!.RuntimeStatus);

        Volatile.Write(ref broken, false);
        Assert.True((await fixture.Runtime.RetryStalledAsync(id, CancellationToken.None)).Applied);

        await fixture.WaitForEmailsAsync(id, "ticket-note", 1, TimeSpan.FromMinutes(1));
        var after = await fixture.WaitForAsync(id, v => v.State?.GetProperty("count").GetInt32() == before.State?.GetProperty("count").GetInt32() + 1, "the held signal decided", TimeSpan.FromMinutes(1));
        Assert.Equal(RuntimeStatus.Running, after.RuntimeStatus);
        await WaitUntilAsync(async () => await fixture.Views.GetStallAsync(id, CancellationToken.None) is null, "the stall cleared");
        Assert.Equal(1, fixture.Dispatcher.For(id).Count(s => s.Email.Template == "ticket-note"));
    }

    private static async Task<Orchestration.Views.StallRecord> WaitForStallAsync(DurableRuntimeFixture fixture, InstanceId id)
    {
        Orchestration.Views.StallRecord? stall = null;
        await WaitUntilAsync(async () => (stall = await fixture.Views.GetStallAsync(id, CancellationToken.None)) is not null, "stalled");
        return stall!;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> done, string what)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!await done())
        {
            Assert.False(timeout.IsCancellationRequested, $"Not {what} within 2 minutes.");
            await Task.Delay(100);
        }
    }
}
