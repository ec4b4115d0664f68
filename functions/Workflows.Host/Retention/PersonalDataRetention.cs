using Microsoft.Extensions.Options;
using Workflows.Desk.Events;
using Workflows.Desk.Requests;
using Workflows.Host.Runtime;
using Workflows.Steps;
using Workflows.Host.Observability;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Retention;

/// <summary>
/// Keeps the privacy notice's promise: once a request or an event registration has ended, its personal data are
/// kept for <see cref="RetentionOptions.ErasePersonalDataAfterDays"/> and then erased. What the figures count
/// (step, outcome, comune, partner, category, dates) stays, so statistics and reports do not change.
/// </summary>
/// <remarks>The same run drops the records of expired sign-in links (hashes kept only to refuse a second use).</remarks>
public sealed class PersonalDataRetention(
    IWorkflowCommands commands,
    SignInTokenStore signInTokens,
    TimeProvider time,
    IOptions<RetentionOptions> options,
    ILogger<PersonalDataRetention> logger)
{
    /// <summary>The workflows whose instances carry personal data (the quarterly report carries only figures).</summary>
    public static readonly IReadOnlyList<string> Workflows = Orchestration.Retention.EndedInstanceEraser.PersonalDataWorkflows;

    /// <summary>Erases what is due now; returns how many instances were erased.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.ErasePersonalDataAfterDays);
        var erased = await commands.EraseEndedAsync([.. Workflows], cutoff, cancellationToken);
        var links = await signInTokens.DeleteExpiredAsync(cancellationToken);
        logger.RetentionRun(erased, cutoff, links);
        return erased;
    }
}
