using Microsoft.DurableTask;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Orchestration.Activities;

/// <summary>
/// Reads a stored e-mail (for an operator's retry of an e-mail the provider refused) so it can be sent again through
/// <see cref="SendEmailActivity"/>; null when the e-mail is gone (erased or purged).
/// </summary>
public sealed class ResendEmailActivity(WorkflowViewStore store) : TaskActivity<ResendRequest, EmailDelivery?>
{
    /// <summary>The activity's name in the task hub.</summary>
    public const string Name = "LoadEmail";

    /// <inheritdoc />
    public override async Task<EmailDelivery?> RunAsync(TaskActivityContext context, ResendRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var id = InstanceId.Parse(input.InstanceId);
        if (await store.GetEmailAsync(id, input.EmailId, CancellationToken.None) is not { } found || found.Model is not { } model || found.Record.To.Length == 0)
        {
            return null;
        }

        var r = found.Record;
        return new EmailDelivery(input.InstanceId, found.WorkflowName, input.EmailId, new SendEmail(r.Template, r.To, r.Culture, model), r.Attempts + 1, r.CreatedAt);
    }
}

/// <summary>Which e-mail to send again.</summary>
/// <param name="InstanceId">The instance.</param>
/// <param name="EmailId">The e-mail's id within it.</param>
public sealed record ResendRequest(string InstanceId, string EmailId);
