using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;

namespace Workflows.Email;

/// <summary>
/// The signed Event Webhook (section <c>Email:SendGrid:Webhook</c>); the endpoint accepts events only when
/// <see cref="PublicKey"/> is set.
/// </summary>
public sealed class SendGridWebhookOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Email:SendGrid:Webhook";

    /// <summary>The verification key from SendGrid's Mail Settings: base64 DER (SubjectPublicKeyInfo) of an ECDSA P-256 key.</summary>
    [Required]
    public string PublicKey { get; set; } = string.Empty;

    /// <summary>How far the signed timestamp may be from our clock before a request counts as a replay.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest body accepted (SendGrid batches events; real batches stay well below this).</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicKey) && ImportKey(PublicKey) is null)
        {
            yield return new ValidationResult(
                "The SendGrid webhook key must be base64 DER of an ECDSA P-256 public key.", [nameof(PublicKey)]);
        }
    }

    /// <summary>Parses the key; null when it is not an ECDSA P-256 SubjectPublicKeyInfo.</summary>
    internal static byte[]? ImportKey(string base64)
    {
        try
        {
            var der = Convert.FromBase64String(base64.Trim());
            using var key = ECDsa.Create();
            key.ImportSubjectPublicKeyInfo(der, out var read);
            return read == der.Length && key.KeySize == 256 ? der : null;
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            return null;
        }
    }
}
