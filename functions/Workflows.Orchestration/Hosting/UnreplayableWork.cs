using DurableTask.Core;
using DurableTask.Core.Command;
using DurableTask.Core.Exceptions;
using DurableTask.Core.Middleware;
using Workflows.Orchestration.Orchestrators;
using Workflows.Orchestration.Views;

namespace Workflows.Orchestration.Hosting;

/// <summary>
/// The local worker's guard for an execution that this code cannot replay: the rules decided a past turn differently
/// (<see cref="TurnDivergedException"/>), or the code changed under it in a way Durable's replay check catches. Durable
/// would mark the instance Failed for good; instead the work item is abandoned (it comes back, for the code that took
/// those turns after a rollback, or after the fix) and the request is listed as stalled with the reason, for
/// operators. "Riprova" on it, once code that can replay it runs, takes it off the list.
/// </summary>
internal sealed class UnreplayableWork(WorkflowViewStore views, TimeProvider time)
{
    private const string Reason =
        "Il codice in esecuzione non può ripetere la storia di questa richiesta (le regole hanno deciso diversamente un turno passato): resta in attesa del codice che l'ha scritta. / " +
        "The running code cannot replay this request's history (the rules decided a past turn differently): it waits for the code that wrote it.";

    public async Task LeaveAsync(DispatchMiddlewareContext context, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        string? detail;
        try
        {
            await next();
            detail = context.GetProperty<OrchestratorExecutionResult>()?.Actions
                .OfType<OrchestrationCompleteOrchestratorAction>()
                .Where(a => a.OrchestrationStatus == OrchestrationStatus.Failed && IsReplayMismatch(a.FailureDetails?.ErrorType))
                .Select(a => a.FailureDetails!.ErrorMessage)
                .FirstOrDefault();
        }
        catch (TurnDivergedException e)
        {
            detail = e.Message;
        }

        if (detail is null)
        {
            return;
        }

        var instance = context.GetProperty<OrchestrationInstance>();
        await RecordAsync(instance.InstanceId, context.GetProperty<OrchestrationRuntimeState>()?.Name ?? string.Empty, detail);
        throw new SessionAbortedException(Reason);
    }

    private static bool IsReplayMismatch(string? errorType) =>
        errorType is not null
        && (errorType.Contains(nameof(NonDeterministicOrchestrationException), StringComparison.Ordinal)
            || errorType.Contains(nameof(TurnDivergedException), StringComparison.Ordinal));

    private async Task RecordAsync(string instanceId, string name, string detail)
    {
        if (!Workflows.Steps.InstanceId.TryParse(instanceId, out var id))
        {
            return;
        }

        var now = time.GetUtcNow();
        var view = await views.GetAsync(id, CancellationToken.None);
        var known = await views.GetStallAsync(id, CancellationToken.None);
        var cause = Reason + " " + (detail.Length <= 300 ? detail : detail[..300] + "…");
        await views.RecordStallAsync(
            new StallRecord(id.Value, name, view?.CustomStatus, view?.Tags ?? new Dictionary<string, string>(), cause, known?.Since ?? now, (known?.Attempts ?? 0) + 1, now),
            CancellationToken.None);
    }
}
