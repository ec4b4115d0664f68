using Microsoft.DurableTask;
using Workflows.Orchestration.Activities;

namespace Workflows.Orchestration.Orchestrators;

/// <summary>
/// Sends again an e-mail the provider had refused, once an operator fixed the cause, when its request has already
/// ended (a running request does it itself on a <see cref="WorkflowSignal.RetryEmail"/> signal).
/// </summary>
/// <remarks>Deterministic like every orchestrator: it only calls activities.</remarks>
public sealed class EmailRetryOrchestrator : TaskOrchestrator<ResendRequest, string>
{
    /// <summary>The orchestration's name in the task hub.</summary>
    public const string Name = "EmailRetry";

    private static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(new RetryPolicy(5, TimeSpan.FromSeconds(5), 2, TimeSpan.FromMinutes(5)));

    /// <inheritdoc />
    public override async Task<string> RunAsync(TaskOrchestrationContext context, ResendRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        var delivery = await context.CallActivityAsync<EmailDelivery?>(ResendEmailActivity.Name, input, Retry);
        if (delivery is null)
        {
            return "gone";
        }

        var result = await context.CallActivityAsync<EmailSendResult>(SendEmailActivity.Name, delivery, Retry);
        return result.Status;
    }
}
