namespace Workflows.Email;

/// <summary>One line of the local mailbox's list (no bodies: the list stays small).</summary>
/// <param name="Id">The mailbox id.</param>
/// <param name="To">The recipient.</param>
/// <param name="Subject">The subject.</param>
/// <param name="Category">The template key.</param>
/// <param name="SentAt">When it was "sent".</param>
/// <param name="HasInvite">True when a calendar invite is attached.</param>
public sealed record LocalMailSummary(string Id, string To, string Subject, string Category, DateTimeOffset SentAt, bool HasInvite);
