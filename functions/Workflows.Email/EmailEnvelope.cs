namespace Workflows.Email;

/// <summary>One rendered e-mail, ready for a provider.</summary>
/// <param name="To">The recipient's address.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Html">The HTML body.</param>
/// <param name="Text">The plain-text body (same content: many municipal mail clients show only this).</param>
/// <param name="Ics">An RFC 5545 invite to attach as <c>invite.ics</c>, or null.</param>
/// <param name="IcsMethod">The invite's iTIP method (<c>REQUEST</c> or <c>CANCEL</c>) when <paramref name="Ics"/> is set.</param>
/// <param name="CustomArgs">
/// Opaque ids only (<c>instanceId</c>, <c>outboxId</c>): they travel to the provider and come back in its delivery
/// events. Never an address, a name or any other personal data.
/// </param>
/// <param name="Category">The template key (e.g. <c>partner-review-request</c>), for the provider's statistics.</param>
public sealed record EmailEnvelope(
    string To,
    string Subject,
    string Html,
    string Text,
    string? Ics,
    string? IcsMethod,
    IReadOnlyDictionary<string, string> CustomArgs,
    string Category)
{
    /// <summary>The custom argument naming the workflow instance.</summary>
    public const string InstanceIdArg = "instanceId";

    /// <summary>The custom argument naming the outbox item.</summary>
    public const string OutboxIdArg = "outboxId";

    /// <summary>The attachment's MIME type, e.g. <c>text/calendar; method=REQUEST</c>, or null without an invite.</summary>
    public string? IcsContentType => Ics is null ? null : "text/calendar; method=" + (IcsMethod ?? "REQUEST");

    /// <summary>
    /// Refuses metadata that could carry personal data to a provider: an argument value or category with an
    /// <c>@</c>, or longer than an id has any reason to be.
    /// </summary>
    /// <exception cref="ArgumentException">The envelope's metadata is not opaque.</exception>
    public void EnsureOpaqueMetadata()
    {
        foreach (var (key, value) in CustomArgs)
        {
            if (!IsOpaque(key) || !IsOpaque(value))
            {
                throw new ArgumentException(
                    $"Custom argument '{key}' must be an opaque id (no '@', at most 100 characters).", nameof(CustomArgs));
            }
        }

        if (!IsOpaque(Category))
        {
            throw new ArgumentException("The category must be a template key.", nameof(Category));
        }

        if (Ics is not null && IcsMethod is not ("REQUEST" or "CANCEL"))
        {
            throw new ArgumentException("An invite's method must be REQUEST or CANCEL.", nameof(IcsMethod));
        }
    }

    private static bool IsOpaque(string value) =>
        value.Length is > 0 and <= 100 && !value.Contains('@', StringComparison.Ordinal);
}
