using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Host.Authorization;
using Workflows.Host.Runtime;
using Workflows.Host.Web.Shared;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Host.Web.Coordinator;

/// <summary>
/// The requests of the coordinator's networks whose turn keeps failing ("bloccate"): why, since when, how many
/// attempts; each is retried by itself with back-off, and "riprova" tries it now (the same as the API's retry).
/// </summary>
public sealed class StalledModel(IWorkflowQueries queries, IWorkflowCommands commands) : PageModel
{
    /// <summary>The stalled requests in scope, longest stalled first.</summary>
    public IReadOnlyList<StallRecord> Stalled { get; private set; } = [];

    /// <summary>The outcome of the last retry.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Lists them.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Stalled = await InScopeAsync(cancellationToken);

    /// <summary>Tries one now.</summary>
    public async Task<IActionResult> OnPostRetryAsync(string id, CancellationToken cancellationToken)
    {
        var inScope = (await InScopeAsync(cancellationToken)).Any(s => s.InstanceId == id);
        Message = inScope && InstanceId.TryParse(id, out var instanceId) && (await commands.RetryStalledAsync(instanceId, cancellationToken)).Applied
            ? Texts.StalledRetried
            : Texts.StalledGone;
        return RedirectToPage();
    }

    private async Task<IReadOnlyList<StallRecord>> InScopeAsync(CancellationToken cancellationToken)
    {
        var scope = NetworkScope.Of(User);
        return [.. (await queries.GetStalledAsync(cancellationToken)).Where(s => scope.Allows(s.Tags))];
    }
}
