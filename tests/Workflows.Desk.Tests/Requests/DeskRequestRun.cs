using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Workflows.Desk.Requests;
using Workflows.Steps;

namespace Workflows.Desk.Tests.Requests;

/// <summary>
/// Drives one desk request as the engine would: a fake clock, every accepted state round-tripped through the engine's
/// JSON, timers fired at their due time.
/// </summary>
internal sealed class DeskRequestRun
{
    public static readonly InstanceId Id = InstanceId.FromIdempotencyKey(DeskRequestWorkflow.WorkflowName, "TO-2026-0042");

    private DeskRequestRun(FakeTimeProvider clock, Decision<DeskRequestState> first)
    {
        Clock = clock;
        Last = first;
        State = RoundTrip(first.State);
    }

    public FakeTimeProvider Clock { get; }

    public DeskRequestWorkflow Workflow { get; } = new();

    public DeskRequestState State { get; private set; }

    public Decision<DeskRequestState> Last { get; private set; }

    public string Token => State.StepToken;

    public DateTimeOffset Now => Clock.GetUtcNow();

    public static DeskRequestRun Start(DateTimeOffset at, DeskRequestInput? input = null)
    {
        var clock = new FakeTimeProvider(at);
        var decision = new DeskRequestWorkflow().Start(input ?? Fixtures.Input(), new DecisionContext(Id, clock.GetUtcNow()));
        Assert.False(decision.IsRejected, decision.Rejection);
        return new DeskRequestRun(clock, decision);
    }

    /// <summary>Raises an event; an accepted decision becomes the new state, a rejected one changes nothing.</summary>
    public Decision<DeskRequestState> Raise(string name, object? payload)
    {
        var element = payload is null ? default : JsonSerializer.SerializeToElement(payload, payload.GetType(), WorkflowJson.Options);
        return Apply(Workflow.Decide(State, new EventRaised(name, element), new DecisionContext(Id, Now)));
    }

    /// <summary>Raises an event that must be accepted.</summary>
    public Decision<DeskRequestState> Accepted(string name, object? payload)
    {
        var decision = Raise(name, payload);
        Assert.False(decision.IsRejected, decision.Rejection);
        return decision;
    }

    /// <summary>Moves the clock to the pending timer's due time and fires it.</summary>
    public Decision<DeskRequestState> Fire(string timerName)
    {
        var timer = State.Timers.SingleOrDefault(t => t.Name == timerName)
            ?? throw new InvalidOperationException($"No pending timer '{timerName}' in {State.Step}: {string.Join(", ", State.Timers.Select(t => t.Name))}");
        if (timer.DueAt > Now)
        {
            Clock.SetUtcNow(timer.DueAt);
        }

        var decision = Apply(Workflow.Decide(State, new TimerFired(timer.Name, timer.DueAt), new DecisionContext(Id, Now)), timer.Name);
        Assert.False(decision.IsRejected, decision.Rejection);
        return decision;
    }

    public Decision<DeskRequestState> FireRaw(string timerName, DateTimeOffset dueAt) =>
        Apply(Workflow.Decide(State, new TimerFired(timerName, dueAt), new DecisionContext(Id, Now)), timerName);

    public void Advance(TimeSpan by) => Clock.Advance(by);

    public DateTimeOffset DueOf(string timerName) => State.Timers.Single(t => t.Name == timerName).DueAt;

    private Decision<DeskRequestState> Apply(Decision<DeskRequestState> decision, string? fired = null)
    {
        Last = decision;
        if (!decision.IsRejected)
        {
            AssertTimerBookkeeping(State, decision, fired);
            State = RoundTrip(decision.State);
        }

        return decision;
    }

    /// <summary>
    /// Checked on every accepted transition of every test: a step change cancels every timer still pending from the
    /// step that ended, and the state lists exactly the timers scheduled and not cancelled since.
    /// </summary>
    private static void AssertTimerBookkeeping(DeskRequestState before, Decision<DeskRequestState> decision, string? fired)
    {
        var cancelled = decision.Effects.OfType<CancelTimer>().Select(c => c.Name).ToList();
        if (decision.State.StepNumber != before.StepNumber)
        {
            foreach (var pending in before.Timers.Where(t => t.Name != fired))
            {
                Assert.Contains(pending.Name, cancelled);
            }
        }

        var expected = new Dictionary<string, DateTimeOffset>();
        foreach (var t in before.Timers.Where(t => t.Name != fired))
        {
            expected[t.Name] = t.DueAt;
        }

        foreach (var effect in decision.Effects)
        {
            switch (effect)
            {
                case CancelTimer c:
                    expected.Remove(c.Name);
                    break;
                case ScheduleTimer s:
                    expected[s.Name] = s.DueAt;
                    break;
            }
        }

        Assert.Equal(
            expected.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value)),
            decision.State.Timers.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => (t.Name, t.DueAt)));
    }

    private DeskRequestState RoundTrip(DeskRequestState state) =>
        Workflow.ReadState(Workflow.Version, JsonSerializer.SerializeToElement(state, WorkflowJson.Options));
}
