namespace Workflows.Email;

/// <summary>A page of the local mailbox, newest first.</summary>
/// <param name="Mails">The mails of this page.</param>
/// <param name="ContinuationToken">Pass to <see cref="LocalMailboxSender.ListAsync(LocalMailFilter, string?, int, CancellationToken)"/> for the next page; null on the last.</param>
public sealed record LocalMailPage(IReadOnlyList<LocalMailSummary> Mails, string? ContinuationToken);
