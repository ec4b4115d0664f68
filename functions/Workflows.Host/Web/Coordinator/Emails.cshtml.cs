using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflows.Host.Authorization;
using Workflows.Host.Runtime;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Coordinator;

/// <summary>
/// The e-mails the provider refused for good (4xx) in the coordinator's networks, with the request they belong to,
/// and a button to send one or all again once the cause is fixed (the same retry as the API's poison list).
/// </summary>
public sealed class EmailsModel(IWorkflowQueries queries, IWorkflowCommands commands) : PageModel
{
    /// <summary>The refused e-mails in scope, newest first, each with its request.</summary>
    public IReadOnlyList<(FailedEmail Email, WorkflowView Request)> Refused { get; private set; } = [];

    /// <summary>The outcome of the last retry.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Lists them.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Refused = await InScopeAsync(cancellationToken);

    /// <summary>Sends one again.</summary>
    public async Task<IActionResult> OnPostRetryAsync(string id, CancellationToken cancellationToken)
    {
        var refused = await InScopeAsync(cancellationToken);
        Message = refused.Any(r => r.Email.Id == id) && await commands.RetryFailedEmailAsync(id, cancellationToken)
            ? Texts.UndeliveredRetried
            : Texts.UndeliveredGone;
        return RedirectToPage();
    }

    /// <summary>Sends every one in scope again.</summary>
    public async Task<IActionResult> OnPostRetryAllAsync(CancellationToken cancellationToken)
    {
        var retried = 0;
        foreach (var (email, _) in await InScopeAsync(cancellationToken))
        {
            retried += await commands.RetryFailedEmailAsync(email.Id, cancellationToken) ? 1 : 0;
        }

        Message = Texts.UndeliveredRetriedAll(retried);
        return RedirectToPage();
    }

    private async Task<IReadOnlyList<(FailedEmail Email, WorkflowView Request)>> InScopeAsync(CancellationToken cancellationToken) =>
        [.. (await NetworkScope.Of(User).FailedEmailsAsync(queries, cancellationToken)).OrderByDescending(r => r.Email.FailedAt)];
}
