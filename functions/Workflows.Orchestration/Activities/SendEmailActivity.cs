using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Orchestration.Activities;

/// <summary>
/// Sends one e-mail through the configured provider. Activities run at least once, so the send record is checked
/// before calling the provider: an e-mail already sent is not sent again, and a crash between the provider's
/// acceptance and the record can cause at most one duplicate.
/// </summary>
public sealed class SendEmailActivity(WorkflowViewStore store, IOutboxDispatcher dispatcher, TimeProvider time, ILogger<SendEmailActivity> logger)
    : TaskActivity<EmailDelivery, EmailSendResult>
{
    /// <summary>The activity's name in the task hub.</summary>
    public const string Name = "SendEmail";

    /// <inheritdoc />
    public override async Task<EmailSendResult> RunAsync(TaskActivityContext context, EmailDelivery input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var id = InstanceId.Parse(input.InstanceId);
        var ct = CancellationToken.None;
        if (await store.BeginAttemptAsync(id, input.WorkflowName, input.EmailId, input.Email, input.DecidedAt, ct) is not { } attempt)
        {
            return new EmailSendResult(EmailSendResult.Sent);
        }

        try
        {
            var providerId = await dispatcher.DispatchAsync(new OutboxItem(id, input.WorkflowName, input.EmailId, input.Email, input.Attempt), ct);
            await store.MarkSentAsync(attempt, providerId, time.GetUtcNow(), ct);
            return new EmailSendResult(EmailSendResult.Sent);
        }
        catch (OutboxDispatchException e)
        {
            Logs.EmailNotSent(logger, input.InstanceId, input.EmailId, input.Email.Template, e.IsTransient);
            await store.MarkFailedAsync(id, input.EmailId, input.Email.Template, e.Message, permanent: !e.IsTransient, time.GetUtcNow(), ct);
            return e.IsTransient
                ? new EmailSendResult(EmailSendResult.Retry, e.RetryAfter, e.Message)
                : new EmailSendResult(EmailSendResult.Refused, null, e.Message);
        }
    }
}
