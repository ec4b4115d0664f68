namespace Workflows.Email;

/// <summary>One mail kept by the local mailbox, in full.</summary>
/// <param name="Id">The mailbox id (for <see cref="LocalMailboxSender.GetAsync"/>).</param>
/// <param name="To">The recipient.</param>
/// <param name="Subject">The subject.</param>
/// <param name="Html">The HTML body.</param>
/// <param name="Text">The plain-text body.</param>
/// <param name="Ics">The attached invite, if any.</param>
/// <param name="IcsMethod">The invite's method, if any.</param>
/// <param name="CustomArgs">The opaque ids the envelope carried.</param>
/// <param name="Category">The template key.</param>
/// <param name="SentAt">When it was "sent".</param>
/// <param name="Truncated">True when a body was longer than the table can hold and was cut.</param>
public sealed record LocalMail(
    string Id,
    string To,
    string Subject,
    string Html,
    string Text,
    string? Ics,
    string? IcsMethod,
    IReadOnlyDictionary<string, string> CustomArgs,
    string Category,
    DateTimeOffset SentAt,
    bool Truncated);
