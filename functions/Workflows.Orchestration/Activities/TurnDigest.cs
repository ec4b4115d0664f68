using System.Security.Cryptography;
using System.Text;

namespace Workflows.Orchestration.Activities;

/// <summary>
/// A short digest of what a turn decided that its recorded results depend on: the turn's place in the timeline, the
/// step it led to and its e-mails (id, template, recipient, in order). Deterministic (an orchestrator computes it on
/// every replay); a state shape migrated by newer code does not change it, another e-mail or step does.
/// </summary>
public static class TurnDigest
{
    /// <summary>The digest, e.g. <c>12:0007,0008:3f9a…</c> (sequence, e-mail ids, 16 hex digits of SHA-256).</summary>
    public static string Of(IReadOnlyList<EmailDelivery> emails, long sequence, string? step)
    {
        ArgumentNullException.ThrowIfNull(emails);
        var text = new StringBuilder().Append(sequence).Append('|').Append(step);
        foreach (var e in emails)
        {
            text.Append('|').Append(e.EmailId).Append(':').Append(e.Email.Template).Append(':').Append(e.Email.To);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
        return $"{sequence}:{string.Join(',', emails.Select(e => e.EmailId))}:{hash}";
    }
}
