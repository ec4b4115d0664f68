using Workflows.Steps;

namespace Workflows.Host.Tests.Runtime;

public sealed record TicketInput(string Title, string Owner);

public sealed record TicketState(string Title, string Owner, int Count, bool Reminded, int Step);

/// <summary>A small sample workflow exercising every effect: e-mail, timer, cancel, custom status, completion.</summary>
public sealed class TicketWorkflow : Workflow<TicketInput, TicketState>
{
    public const string WorkflowName = "Ticket";
    public static readonly TimeSpan ReminderAfter = TimeSpan.FromDays(1);

    public override string Name => WorkflowName;

    /// <summary>The ticket's owner answers for it: alerted when it stalls.</summary>
    public override IReadOnlyList<string> Responsible(TicketState state) => [state.Owner];

    public override Decision<TicketState> Start(TicketInput input, DecisionContext context)
    {
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            return Decision.Reject<TicketState>("A title is required.");
        }

        return new()
        {
            State = new TicketState(input.Title, input.Owner, 0, false, 1),
            CustomStatus = "Open",
            Tags = new Dictionary<string, string> { ["owner"] = input.Owner },
            Effects =
            [
                SendEmail.Create("ticket-opened", input.Owner, "it", new { title = input.Title }),
                new ScheduleTimer("reminder", context.Now + ReminderAfter),
            ],
        };
    }

    public override Decision<TicketState> Decide(TicketState state, WorkflowMessage message, DecisionContext context) => message switch
    {
        EventRaised { Name: "Increment" } => new() { State = state with { Count = state.Count + 1 } },
        EventRaised { Name: "Notify" } => new()
        {
            State = state,
            Effects = [SendEmail.Create("ticket-note", state.Owner, "it", new { title = state.Title })],
        },
        EventRaised { Name: "Snooze" } e => new()
        {
            State = state,
            Effects = [new ScheduleTimer("reminder", context.Now + TimeSpan.FromDays(e.PayloadAs<int>()))],
        },
        EventRaised { Name: "Close" } => new()
        {
            State = state with { Step = state.Step + 1 },
            CustomStatus = "Closed",
            Effects = [new CancelTimer("reminder"), SendEmail.Create("ticket-closed", state.Owner, "it", new { title = state.Title })],
            Completion = new Completion(RuntimeStatus.Completed, "closed"),
        },
        EventRaised { Name: "Explode" } => throw new InvalidOperationException("boom"),
        EventRaised { Name: "Grow" } e => new() { State = state with { Title = new string('x', e.PayloadAs<int>()) } },
        TimerFired { Name: "reminder" } => new()
        {
            State = state with { Reminded = true },
            CustomStatus = "Reminded",
            Effects = [SendEmail.Create("ticket-reminder", state.Owner, "it", new { title = state.Title })],
        },
        _ => Decision.Reject<TicketState>($"{message.Name} is not allowed now."),
    };
}
