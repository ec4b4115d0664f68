using System.Text.Json;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Host.Tests.Runtime;

/// <summary>
/// A deployment while requests are in flight: an instance started and advanced under the previous code (the ticket
/// workflow at version 1) is finished by the next deployment's code (version 2, a new state shape migrated from 1 and
/// a changed closing rule). Durable replays the instance's current execution with the new code, so every past turn
/// must decide as it did: the test fails if replay diverges (the instance would end Failed) or if a past e-mail is sent
/// again.
/// </summary>
public sealed class VersioningTests
{
    [Fact]
    public async Task Given_an_instance_started_under_the_previous_code_when_the_new_code_takes_over_then_it_finishes_with_the_new_rules_and_nothing_twice()
    {
        var prefix = TestStorage.NewPrefix('v');
        InstanceId id;
        await using (var previous = new DurableRuntimeFixture(new TicketWorkflow(), prefix, keepHub: true))
        {
            await previous.InitializeAsync();
            var started = await previous.Runtime.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Brevetto essiccatoio", "ref@comune.example"), null, CancellationToken.None);
            id = started.InstanceId;
            Assert.True((await previous.Runtime.RaiseEventAsync(id, "Increment", null, null, CancellationToken.None)).Applied);
            Assert.True((await previous.Runtime.RaiseEventAsync(id, "Notify", null, null, CancellationToken.None)).Applied);
            Assert.True((await previous.Runtime.RaiseEventAsync(id, "Increment", null, null, CancellationToken.None)).Applied);
            await previous.WaitForEmailsAsync(id, "ticket-note", 1);
            Assert.Equal(1, (await previous.Views.GetAsync(id, CancellationToken.None))!.Version);
        }

        await using var next = new DurableRuntimeFixture(new TicketWorkflowV2(), prefix, keepHub: false);
        await next.InitializeAsync();

        Assert.True((await next.Runtime.RaiseEventAsync(id, "Increment", null, null, CancellationToken.None)).Applied);
        var closed = await next.Runtime.RaiseEventAsync(id, "Close", null, null, CancellationToken.None);
        // The new worker takes over the task hub's partitions when the previous one's leases lapse (half a minute on a quiet
        // machine; two minutes were seen on a machine at load 20).
        var view = await next.WaitForAsync(id, v => v.RuntimeStatus is RuntimeStatus.Completed or RuntimeStatus.Failed, "ended", TimeSpan.FromMinutes(4));

        Assert.True(closed.Applied, $"{closed.Outcome} {closed.Reason}");
        Assert.Equal(RuntimeStatus.Completed, view.RuntimeStatus);
        Assert.Equal(2, view.Version);
        Assert.Equal(3, view.State!.Value.GetProperty("increments").GetInt32());
        Assert.Equal("Chiuso", view.CustomStatus);
        await next.WaitForEmailsAsync(id, "ticket-closed-v2", 1);
        // The new worker re-sent none of the e-mails the previous one had sent: only the new closing one.
        Assert.Equal(["ticket-closed-v2"], next.Dispatcher.For(id).Select(s => s.Email.Template));
    }

    [Fact]
    public async Task Given_an_instance_the_new_code_advanced_when_an_older_worker_is_offered_it_then_it_is_left_untouched_and_the_new_code_finishes_it()
    {
        var prefix = TestStorage.NewPrefix('v');
        InstanceId id;
        await using (var next = new DurableRuntimeFixture(new TicketWorkflowV2(), prefix, keepHub: true))
        {
            await next.InitializeAsync();
            id = (await next.Runtime.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Cooperativa di comunità", "ref@comune.example"), null, CancellationToken.None)).InstanceId;
            Assert.True((await next.Runtime.RaiseEventAsync(id, "Increment", null, null, CancellationToken.None)).Applied);
            Assert.Equal(2, (await next.Views.GetAsync(id, CancellationToken.None))!.Version);
        }

        // A rollback: only the previous code runs. It must not decide, fail or end the instance.
        await using (var previous = new DurableRuntimeFixture(new TicketWorkflow(), prefix, keepHub: true))
        {
            await previous.InitializeAsync();
            var offered = await previous.Runtime.RaiseEventAsync(id, "Increment", null, null, CancellationToken.None);
            Assert.Equal("queued", offered.Reason); // raised and kept, not decided by the older code
            var status = await previous.Hub.Client.GetOrchestrationStateAsync(id.Value);
            Assert.True(status!.OrchestrationStatus == DurableTask.Core.OrchestrationStatus.Running, $"{status.OrchestrationStatus}: {status.Output} {status.FailureDetails}");
            var view = (await previous.Views.GetAsync(id, CancellationToken.None))!;
            Assert.Equal(RuntimeStatus.Running, view.RuntimeStatus);
            Assert.Equal(1, view.State!.Value.GetProperty("increments").GetInt32());
        }

        // Rolled forward again: the newer code decides the kept event and finishes the instance.
        await using var again = new DurableRuntimeFixture(new TicketWorkflowV2(), prefix, keepHub: false);
        await again.InitializeAsync();
        var counted = await again.WaitForAsync(id, v => v.State?.GetProperty("increments").GetInt32() == 2, "the kept event decided", TimeSpan.FromMinutes(4));
        Assert.Equal(2, counted.Version);
        Assert.True((await again.Runtime.RaiseEventAsync(id, "Close", null, null, CancellationToken.None)).Applied);
        await again.WaitForAsync(id, v => v.RuntimeStatus is RuntimeStatus.Completed, "closed", TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Given_new_rules_that_decide_a_past_turn_differently_then_the_request_is_listed_as_stalled_with_the_reason_and_nothing_is_sent_under_the_wrong_id()
    {
        var prefix = TestStorage.NewPrefix('v');
        InstanceId id;
        await using (var previous = new DurableRuntimeFixture(new TicketWorkflow(), prefix, keepHub: true))
        {
            await previous.InitializeAsync();
            id = (await previous.Runtime.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Brevetto essiccatoio", "ref@comune.example"), null, CancellationToken.None)).InstanceId;
            Assert.True((await previous.Runtime.RaiseEventAsync(id, "Notify", null, null, CancellationToken.None)).Applied);
            await previous.WaitForEmailsAsync(id, "ticket-note", 1);
        }

        // Same version, other rules for a turn already taken: replaying it decides another e-mail.
        await using (var diverging = new DurableRuntimeFixture(new TicketWorkflowRewritten(), prefix, keepHub: true))
        {
            await diverging.InitializeAsync();
            await diverging.Runtime.RaiseEventAsync(id, "Increment", null, null, CancellationToken.None);
            // The new worker takes the partitions over when the previous one's leases lapse: half a minute on a quiet
            // machine, minutes on a loaded one (as the other tests here allow).
            StallRecord? stall = null;
            for (var i = 0; i < 1200 && stall is null; i++)
            {
                stall = await diverging.Views.GetStallAsync(id, CancellationToken.None);
                await Task.Delay(200);
            }

            Assert.True(stall is not null, "No stall recorded. " + await diverging.DescribeAsync(id));
            Assert.Contains("decided a past turn differently", stall.Cause, StringComparison.Ordinal);
            var status = await diverging.Hub.Client.GetOrchestrationStateAsync(id.Value);
            Assert.True(status!.OrchestrationStatus == DurableTask.Core.OrchestrationStatus.Running, $"{status.OrchestrationStatus}: {status.FailureDetails}");
            Assert.Empty(diverging.Dispatcher.For(id)); // nothing sent by rules that do not match the history
        }

        // The code that took the turn runs again: it decides the kept event, and "riprova" takes it off the list.
        await using var back = new DurableRuntimeFixture(new TicketWorkflow(), prefix, keepHub: false);
        await back.InitializeAsync();
        await back.WaitForAsync(id, v => v.State?.GetProperty("count").GetInt32() == 1, "the kept event decided", TimeSpan.FromMinutes(4));
        await back.Runtime.RetryStalledAsync(id, CancellationToken.None);
        for (var i = 0; i < 300 && await back.Views.GetStallAsync(id, CancellationToken.None) is not null; i++)
        {
            await Task.Delay(100);
        }

        Assert.Null(await back.Views.GetStallAsync(id, CancellationToken.None));
        Assert.DoesNotContain(back.Dispatcher.For(id), m => m.Email.Template == "ticket-note"); // not sent again either
    }

    /// <summary>A rewrite of the ticket's rules with the same version: "Notify" now sends another e-mail.</summary>
    private sealed class TicketWorkflowRewritten : Workflow<TicketInput, TicketState>
    {
        private readonly TicketWorkflow _rules = new();

        public override string Name => TicketWorkflow.WorkflowName;

        public override Decision<TicketState> Start(TicketInput input, DecisionContext context) => _rules.Start(input, context);

        public override Decision<TicketState> Decide(TicketState state, WorkflowMessage message, DecisionContext context) => message is EventRaised { Name: "Notify" }
            ? new() { State = state, Effects = [SendEmail.Create("ticket-note-rewritten", state.Owner, "it", new { title = state.Title })] }
            : _rules.Decide(state, message, context);
    }

    /// <summary>The next deployment's ticket workflow: counts in <c>increments</c>, says "Chiuso" and closes with a new e-mail.</summary>
    private sealed class TicketWorkflowV2 : Workflow<TicketInput, TicketWorkflowV2.State>
    {
        public sealed record State(string Title, string Owner, int Increments, bool Reminded, int Step);

        public override string Name => TicketWorkflow.WorkflowName;

        public override int Version => 2;

        public override Decision<State> Start(TicketInput input, DecisionContext context) =>
            Convert(new TicketWorkflow().Start(input, context));

        public override Decision<State> Decide(State state, WorkflowMessage message, DecisionContext context) => message switch
        {
            EventRaised { Name: "Close" } => new()
            {
                State = state with { Step = state.Step + 1 },
                CustomStatus = "Chiuso",
                Effects = [new CancelTimer("reminder"), SendEmail.Create("ticket-closed-v2", state.Owner, "it", new { title = state.Title })],
                Completion = new Completion(RuntimeStatus.Completed, "closed"),
            },

            // Every other message decides exactly as version 1 did: replay of turns taken before the deployment.
            _ => Convert(new TicketWorkflow().Decide(new TicketState(state.Title, state.Owner, state.Increments, state.Reminded, state.Step), message, context)),
        };

        protected override State Migrate(int fromVersion, JsonElement state) => fromVersion == 1
            ? From(state.Deserialize<TicketState>(WorkflowJson.Options)!)
            : base.Migrate(fromVersion, state);

        private static State From(TicketState v1) => new(v1.Title, v1.Owner, v1.Count, v1.Reminded, v1.Step);

        private static Decision<State> Convert(Decision<TicketState> v1) => new()
        {
            State = v1.State is null ? null! : From(v1.State),
            CustomStatus = v1.CustomStatus,
            Tags = v1.Tags,
            Effects = v1.Effects,
            Completion = v1.Completion,
            Rejection = v1.Rejection,
        };
    }
}
