using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Orchestration.Activities;

/// <summary>
/// Carries out what a turn decided, in one activity: sends its e-mails (each as <see cref="SendEmailActivity"/> does,
/// the send record checked first), then writes the dashboard's view and the turn's timeline entries. When the view
/// says a step was taken, its e-mails have left. One activity rather than one per e-mail plus one for the view spares
/// the task hub two orchestration episodes and their storage round trips per turn.
/// </summary>
/// <remarks>Runs at least once: a retry skips the e-mails already sent and writes the same view again.</remarks>
public sealed class CompleteTurnActivity(WorkflowViewStore store, IOutboxDispatcher dispatcher, TimeProvider time, ILogger<SendEmailActivity> logger)
    : TaskActivity<TurnEffects, IReadOnlyList<EmailSendResult>>
{
    /// <summary>The activity's name in the task hub.</summary>
    public const string Name = "CompleteTurn";

    private readonly SendEmailActivity _send = new(store, dispatcher, time, logger);

    /// <inheritdoc />
    public override async Task<IReadOnlyList<EmailSendResult>> RunAsync(TaskActivityContext context, TurnEffects input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var results = await Task.WhenAll(input.Emails.Select(email => _send.RunAsync(context, email)));
        await store.WriteAsync(input.View.View, input.View.NewEntries, CancellationToken.None);
        return results;
    }
}
