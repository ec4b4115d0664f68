using Workflows.Orchestration.Activities;
using Workflows.Orchestration.Views;

namespace Workflows.Functions.Activities;

/// <summary>
/// The activities, one function each, named as the task hub knows them (the activities' <c>Name</c> constants): each
/// delegates to the activity class from DI, the one the web app's local worker runs.
/// </summary>
public sealed class WorkflowActivities(SendEmailActivity sendEmail, ResendEmailActivity loadEmail, CompleteTurnActivity completeTurn, RecordStallActivity recordStall)
{
    /// <summary>Sends one e-mail (the send record is checked first).</summary>
    [Function(SendEmailActivity.Name)]
    public Task<EmailSendResult> RunSendEmail([ActivityTrigger] EmailDelivery input, FunctionContext context) =>
        sendEmail.RunAsync(new FunctionActivityContext(SendEmailActivity.Name, context), input);

    /// <summary>Reads a stored e-mail for an operator's retry.</summary>
    [Function(ResendEmailActivity.Name)]
    public Task<EmailDelivery?> RunLoadEmail([ActivityTrigger] ResendRequest input, FunctionContext context) =>
        loadEmail.RunAsync(new FunctionActivityContext(ResendEmailActivity.Name, context), input);

    /// <summary>Sends a turn's e-mails, then writes the dashboard's view.</summary>
    [Function(CompleteTurnActivity.Name)]
    public Task<TurnResult> RunCompleteTurn([ActivityTrigger] TurnEffects input, FunctionContext context) =>
        completeTurn.RunAsync(new FunctionActivityContext(CompleteTurnActivity.Name, context), input);

    /// <summary>Records a stalled turn in the operators' list.</summary>
    [Function(RecordStallActivity.Name)]
    public Task<bool> RunRecordStall([ActivityTrigger] StallReport input, FunctionContext context) =>
        recordStall.RunAsync(new FunctionActivityContext(RecordStallActivity.Name, context), input);
}
