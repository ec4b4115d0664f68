namespace Workflows.Orchestration.Tests;

public sealed record CounterInput(string Owner);

public sealed record CounterState(string Owner, int Count, int Undeliverable);

/// <summary>A small sample workflow for the orchestrator's tests: e-mails, a timer, counting signals, a mail problem, completion.</summary>
public sealed class CounterWorkflow : Workflow<CounterInput, CounterState>
{
    public const string WorkflowName = "Counter";

    public override string Name => WorkflowName;

    public override Decision<CounterState> Start(CounterInput input, DecisionContext context) => new()
    {
        State = new CounterState(input.Owner, 0, 0),
        CustomStatus = "Open",
        Effects =
        [
            SendEmail.Create("counter-opened", input.Owner, "it", new { owner = input.Owner }),
            new ScheduleTimer("reminder", context.Now + TimeSpan.FromDays(1)),
        ],
    };

    public override Decision<CounterState> Decide(CounterState state, WorkflowMessage message, DecisionContext context) => message switch
    {
        EventRaised { Name: "Increment" } => new() { State = state with { Count = state.Count + 1 } },
        EventRaised { Name: "Notify" } => new()
        {
            State = state,
            Effects = [SendEmail.Create("counter-note", state.Owner, "it", new { count = state.Count })],
        },
        EventRaised { Name: "EmailUndeliverable" } => new()
        {
            State = state with { Undeliverable = state.Undeliverable + 1 },
            CustomStatus = "MailProblem",
        },
        EventRaised { Name: "Close" } => new()
        {
            State = state,
            CustomStatus = "Closed",
            Effects = [new CancelTimer("reminder")],
            Completion = new Completion(RuntimeStatus.Completed, "closed"),
        },
        _ => Decision.Reject<CounterState>($"{message.Name} is not allowed now."),
    };
}
