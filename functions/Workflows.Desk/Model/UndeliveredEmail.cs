namespace Workflows.Desk.Model;

/// <summary>An e-mail of a registration or a report that did not reach its recipient, as the workflow recorded it.</summary>
/// <param name="OutboxId">The e-mail's id within the instance.</param>
/// <param name="Kind"><c>bounced</c>, <c>dropped</c>, <c>refused</c> or <c>exhausted</c> (see <see cref="UndeliveredEmail.Kinds"/>).</param>
/// <param name="Template">Its template key, when known.</param>
/// <param name="At">When the workflow learnt of it.</param>
public sealed record UndeliveredEmail(string OutboxId, string Kind, string? Template, DateTimeOffset At)
{
    /// <summary>
    /// The kinds of failure: the provider's webhook (bounced, dropped), the provider refusing the send (refused, a 4xx) and
    /// a send still failing when its attempts ran out (exhausted).
    /// </summary>
    public static IReadOnlyList<string> Kinds { get; } = ["bounced", "dropped", "refused", "exhausted"];
}
