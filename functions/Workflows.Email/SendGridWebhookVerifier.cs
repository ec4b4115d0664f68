using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Workflows.Email;

/// <summary>
/// Verifies SendGrid's signed Event Webhook: an ECDSA P-256 / SHA-256 signature (DER, base64) over the timestamp
/// header's text followed by the raw body bytes, with the timestamp within <see cref="SendGridWebhookOptions.MaxClockSkew"/>.
/// </summary>
/// <remarks>
/// No I/O. The body must be the bytes as received: parsing and re-serialising would change them. A key object is
/// made per call (import is microseconds) because one ECDsa instance is not documented as safe to share across
/// threads. Thread-safe; register as a singleton.
/// </remarks>
public sealed class SendGridWebhookVerifier
{
    /// <summary>The header carrying the signature.</summary>
    public const string SignatureHeader = "X-Twilio-Email-Event-Webhook-Signature";

    /// <summary>The header carrying the Unix-seconds timestamp that is signed with the body.</summary>
    public const string TimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp";

    private readonly byte[] _publicKey;
    private readonly TimeSpan _maxSkew;
    private readonly TimeProvider _time;

    /// <summary>Creates the verifier.</summary>
    /// <exception cref="ArgumentException">The key is not base64 DER of an ECDSA P-256 public key.</exception>
    public SendGridWebhookVerifier(IOptions<SendGridWebhookOptions> options, TimeProvider time)
    {
        var value = options.Value;
        _publicKey = SendGridWebhookOptions.ImportKey(value.PublicKey)
            ?? throw new ArgumentException("The SendGrid webhook key must be base64 DER of an ECDSA P-256 public key.", nameof(options));
        _maxSkew = value.MaxClockSkew;
        _time = time;
    }

    /// <summary>Checks one request.</summary>
    /// <param name="signature">The <see cref="SignatureHeader"/> value.</param>
    /// <param name="timestamp">The <see cref="TimestampHeader"/> value.</param>
    /// <param name="body">The raw body.</param>
    public SendGridWebhookOutcome Verify(string? signature, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrWhiteSpace(signature) || string.IsNullOrWhiteSpace(timestamp))
        {
            return SendGridWebhookOutcome.MissingSignature;
        }

        if (!IsGenuine(signature, timestamp, body))
        {
            return SendGridWebhookOutcome.BadSignature;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return SendGridWebhookOutcome.StaleTimestamp;
        }

        var skew = _time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return skew.Duration() > _maxSkew ? SendGridWebhookOutcome.StaleTimestamp : SendGridWebhookOutcome.Valid;
    }

    private bool IsGenuine(string signature, string timestamp, ReadOnlySpan<byte> body)
    {
        var der = new byte[signature.Length];
        if (!Convert.TryFromBase64String(signature.Trim(), der, out var derLength))
        {
            return false;
        }

        var timestampBytes = Encoding.UTF8.GetByteCount(timestamp);
        var signed = new byte[timestampBytes + body.Length];
        Encoding.UTF8.GetBytes(timestamp, signed);
        body.CopyTo(signed.AsSpan(timestampBytes));

        using var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(_publicKey, out _);
        try
        {
            return key.VerifyData(signed, der.AsSpan(0, derLength), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            return false; // a signature that is not even DER
        }
    }
}
