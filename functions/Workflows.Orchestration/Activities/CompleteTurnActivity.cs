using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Orchestration.Activities;

/// <summary>
/// Carries out what a turn decided, in one activity: sends its e-mails (<see cref="EmailSending"/>: the send record
/// read first), then writes the dashboard's view and the turn's timeline entries. When the view
/// says a step was taken, its e-mails have left. One activity rather than one per e-mail plus one for the view spares
/// the task hub two orchestration episodes and their storage round trips per turn.
/// </summary>
/// <remarks>Runs at least once: a retry skips the e-mails already sent and writes the same view again.</remarks>
public sealed class CompleteTurnActivity(WorkflowViewStore store, IOutboxDispatcher dispatcher, TimeProvider time, ILogger<CompleteTurnActivity> logger)
    : TaskActivity<TurnEffects, TurnResult>
{
    /// <summary>The activity's name in the task hub.</summary>
    public const string Name = "CompleteTurn";

    private readonly EmailSending _sending = new(store, dispatcher, time, logger);

    /// <inheritdoc />
    public override async Task<TurnResult> RunAsync(TaskActivityContext context, TurnEffects input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var results = new List<EmailSendResult>(input.Emails.Count);
        foreach (var email in input.Emails)
        {
            results.Add(await _sending.SendAsync(email));
        }

        await store.WriteAsync(input.View.View, input.View.NewEntries, CancellationToken.None);
        if (input.EndsStall)
        {
            await store.ClearStallAsync(input.View.View.InstanceId, CancellationToken.None);
        }

        return new TurnResult(results, input.Decided);
    }
}
