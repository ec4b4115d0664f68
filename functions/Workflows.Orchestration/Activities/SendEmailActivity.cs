using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Orchestration.Activities;

/// <summary>Sends one e-mail (see <see cref="EmailSending"/>): the e-mail retry orchestration's activity.</summary>
public sealed class SendEmailActivity(WorkflowViewStore store, IOutboxDispatcher dispatcher, TimeProvider time, ILogger<SendEmailActivity> logger)
    : TaskActivity<EmailDelivery, EmailSendResult>
{
    /// <summary>The activity's name in the task hub.</summary>
    public const string Name = "SendEmail";

    private readonly EmailSending _sending = new(store, dispatcher, time, logger);

    /// <inheritdoc />
    public override Task<EmailSendResult> RunAsync(TaskActivityContext context, EmailDelivery input) => _sending.SendAsync(input);
}
