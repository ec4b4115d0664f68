using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Workflows.Desk.Links;

/// <summary>
/// What a signed action link allows: these <paramref name="Actions"/> on step <paramref name="Step"/> of one
/// instance, by one recipient, until <paramref name="ExpiresAt"/>.
/// </summary>
/// <param name="InstanceId">The workflow instance the link acts on.</param>
/// <param name="Step">The step token; an action arriving when the instance is at another step is refused.</param>
/// <param name="Recipient">
/// When creating: the recipient's e-mail address. After <see cref="ActionLinkSigner.Verify"/>: the short keyed hash
/// the token carries instead (no personal data travels in URLs); compare it with
/// <see cref="ActionLinkSigner.IsFor"/>.
/// </param>
/// <param name="Actions">The allowed action names, e.g. <c>accept</c>, <c>decline</c>.</param>
/// <param name="ExpiresAt">When the link stops working; kept to the whole second.</param>
/// <param name="LinkId">
/// The single-use key: the same for every link of one e-mail (see <see cref="LinkIdFor"/>), so using one button
/// spends them all.
/// </param>
public sealed record ActionLinkClaims(
    string InstanceId,
    string Step,
    string Recipient,
    IReadOnlyList<string> Actions,
    DateTimeOffset ExpiresAt,
    string LinkId)
{
    /// <summary>True when <paramref name="action"/> is one of <see cref="Actions"/> (ordinal).</summary>
    public bool Allows(string action) => Actions.Contains(action, StringComparer.Ordinal);

    /// <summary>
    /// The deterministic link id of one e-mail: derived from the instance and the outbox item that sends it, so a
    /// re-rendered or re-sent e-mail carries the same id and the engine can consume it once as a key row.
    /// </summary>
    /// <returns>32 lower-case hex characters, safe in URLs and table keys.</returns>
    public static string LinkIdFor(string instanceId, string outboxItemId)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(outboxItemId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"action-link\n{instanceId}\n{outboxItemId}")));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
