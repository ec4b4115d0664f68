using System.Globalization;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Workflows.Desk.Email;
using Workflows.Desk.Email.Models;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Orchestration.Activities;

/// <summary>
/// Records a stalled turn in the operators' list (<c>&lt;prefix&gt;Stalled</c>, read by the dashboard and
/// <c>GET /api/instances/stalled</c>), logs it as an error (stable event id 5010) and alerts whoever answers for the
/// instance by e-mail, at most once a day while the stall lasts: the alert's e-mail id is the stall's day, and its send
/// record makes every later round of that day a no-op. When the turn goes through, <see cref="CompleteTurnActivity"/>
/// removes it from the list.
/// </summary>
public sealed class RecordStallActivity(WorkflowViewStore store, IOutboxDispatcher dispatcher, TimeProvider time, ILogger<RecordStallActivity> logger)
    : TaskActivity<StallReport, bool>
{
    /// <summary>The activity's name in the task hub.</summary>
    public const string Name = "RecordStall";

    private readonly EmailSending _sending = new(store, dispatcher, time, logger);

    /// <inheritdoc />
    public override async Task<bool> RunAsync(TaskActivityContext context, StallReport input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var stall = input.Stall;
        Logs.TurnStalled(logger, stall.InstanceId, stall.WorkflowName, stall.Attempts);
        await store.RecordStallAsync(stall, CancellationToken.None);

        var day = (int)(stall.LastAttemptAt - stall.Since).TotalDays;
        var alert = new CoordinatorStalledEmail(input.RequestCode, stall.Step, stall.Cause, stall.Since, stall.Attempts);
        for (var i = 0; i < input.AlertTo.Count; i++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"stall-{stall.Since.UtcTicks}-d{day}-{i}");
            await _sending.SendAsync(new EmailDelivery(
                stall.InstanceId, stall.WorkflowName, id, SendEmail.Create(EmailTemplates.CoordinatorStalled, input.AlertTo[i], "it", alert), 1, stall.LastAttemptAt));
        }

        return true;
    }
}
