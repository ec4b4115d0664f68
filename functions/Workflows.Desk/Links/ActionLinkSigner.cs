using System.Buffers.Text;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Workflows.Desk.Links;

/// <summary>
/// Signs and verifies action-link tokens: <c>base64url(payload) "." base64url(HMAC-SHA256)</c>, the key id inside
/// the payload so keys rotate (see <see cref="ActionLinkKeys"/>).
/// </summary>
/// <remarks>
/// The token is integrity-protected, not encrypted, so it carries nothing personal: ids, the step, the actions,
/// the expiry and a 96-bit keyed hash of the recipient's address. The signature covers the base64url text of the
/// payload exactly as sent and is compared as text in constant time, so no two spellings of one token verify.
/// Single use is not decided here: the engine consumes <see cref="ActionLinkClaims.LinkId"/> as a key row.
/// Thread-safe; register as a singleton.
/// </remarks>
public sealed class ActionLinkSigner
{
    /// <summary>Tokens longer than this are refused before any parsing (real ones are a few hundred characters).</summary>
    public const int MaxTokenLength = 2048;

    private const int PayloadVersion = 1;
    private const int SignatureChars = 43; // base64url of 32 bytes, unpadded
    private const int RecipientHashBytes = 12;

    private static readonly JsonSerializerOptions PayloadJson = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private readonly Dictionary<string, RingKey> _keys;
    private readonly RingKey _current;

    /// <summary>Creates the signer over a validated key ring.</summary>
    /// <exception cref="ArgumentException">The ring is empty, a key is short or not base64, or the current key is missing.</exception>
    public ActionLinkSigner(ActionLinkKeys keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = keys.DecodeAll().ToDictionary(k => k.Key, k => new RingKey(k.Key, k.Value), StringComparer.Ordinal);
        _current = _keys[keys.CurrentKeyId];
    }

    /// <summary>Signs <paramref name="claims"/> (whose <see cref="ActionLinkClaims.Recipient"/> is the address) with the current key.</summary>
    /// <returns>A URL-safe token.</returns>
    public string Create(ActionLinkClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentException.ThrowIfNullOrWhiteSpace(claims.InstanceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(claims.Step);
        ArgumentException.ThrowIfNullOrWhiteSpace(claims.Recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(claims.LinkId);
        if (claims.Actions.Count == 0 || claims.Actions.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("An action link needs at least one non-empty action.", nameof(claims));
        }

        var payload = new Payload
        {
            Version = PayloadVersion,
            KeyId = _current.Id,
            InstanceId = claims.InstanceId,
            Step = claims.Step,
            RecipientHash = RecipientHash(_current, claims.Recipient),
            Actions = [.. claims.Actions],
            ExpiresAt = claims.ExpiresAt.ToUnixTimeSeconds(),
            LinkId = claims.LinkId,
        };
        var encodedPayload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload, PayloadJson));
        return encodedPayload + "." + Sign(_current, encodedPayload);
    }

    /// <summary>Checks a presented token at <paramref name="now"/>. Never throws for bad input.</summary>
    public ActionLinkCheck Verify(string? token, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return Refused(ActionLinkOutcome.Malformed);
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot != token.LastIndexOf('.') || dot == token.Length - 1)
        {
            return Refused(ActionLinkOutcome.Malformed);
        }

        var encodedPayload = token[..dot];
        var signature = token.AsSpan(dot + 1);
        var payload = ReadPayload(encodedPayload);
        if (payload is null)
        {
            return Refused(ActionLinkOutcome.Malformed);
        }

        if (!_keys.TryGetValue(payload.KeyId!, out var key))
        {
            return new ActionLinkCheck(ActionLinkOutcome.UnknownKey, null, payload.KeyId);
        }

        var expected = Sign(key, encodedPayload);
        if (signature.Length != SignatureChars
            || !CryptographicOperations.FixedTimeEquals(
                MemoryMarshal.AsBytes(expected.AsSpan()), MemoryMarshal.AsBytes(signature)))
        {
            return new ActionLinkCheck(ActionLinkOutcome.Forged, null, key.Id);
        }

        var claims = new ActionLinkClaims(
            payload.InstanceId!,
            payload.Step!,
            payload.RecipientHash!,
            payload.Actions!,
            DateTimeOffset.FromUnixTimeSeconds(payload.ExpiresAt),
            payload.LinkId!);
        return now >= claims.ExpiresAt
            ? new ActionLinkCheck(ActionLinkOutcome.Expired, claims, key.Id)
            : new ActionLinkCheck(ActionLinkOutcome.Valid, claims, key.Id);
    }

    /// <summary>
    /// True when verified <paramref name="claims"/> were issued to <paramref name="recipientEmail"/> (compared as a
    /// keyed hash of the trimmed, lower-cased address, in constant time, under every key of the ring).
    /// </summary>
    public bool IsFor(ActionLinkClaims claims, string recipientEmail)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (string.IsNullOrWhiteSpace(recipientEmail))
        {
            return false;
        }

        var presented = Encoding.UTF8.GetBytes(claims.Recipient);
        var match = false;
        foreach (var key in _keys.Values)
        {
            // No early exit: the time taken does not say which key matched.
            match |= CryptographicOperations.FixedTimeEquals(
                presented, Encoding.UTF8.GetBytes(RecipientHash(key, recipientEmail)));
        }

        return match;
    }

    private static ActionLinkCheck Refused(ActionLinkOutcome outcome) => new(outcome, null, null);

    private static string Sign(RingKey key, string encodedPayload) =>
        Base64Url.EncodeToString(HMACSHA256.HashData(key.SigningKey, Encoding.ASCII.GetBytes(encodedPayload)));

    private static string RecipientHash(RingKey key, string email)
    {
        var normalised = email.Trim().ToLowerInvariant();
        var hash = HMACSHA256.HashData(key.RecipientKey, Encoding.UTF8.GetBytes(normalised));
        return Base64Url.EncodeToString(hash.AsSpan(0, RecipientHashBytes));
    }

    private static Payload? ReadPayload(string encodedPayload)
    {
        if (!Base64Url.IsValid(encodedPayload, out var length))
        {
            return null;
        }

        var bytes = new byte[length];
        if (Base64Url.DecodeFromChars(encodedPayload, bytes, out _, out var written) != System.Buffers.OperationStatus.Done)
        {
            return null;
        }

        Payload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<Payload>(bytes.AsSpan(0, written), PayloadJson);
        }
        catch (JsonException)
        {
            return null;
        }

        return payload is
        {
            Version: PayloadVersion,
            KeyId.Length: > 0,
            InstanceId.Length: > 0,
            Step.Length: > 0,
            RecipientHash.Length: > 0,
            Actions.Length: > 0,
            LinkId.Length: > 0,
        } && payload.Actions.All(a => !string.IsNullOrEmpty(a))
            ? payload
            : null;
    }

    private sealed class RingKey(string id, byte[] secret)
    {
        public string Id { get; } = id;

        public byte[] SigningKey { get; } = secret;

        // A separate key for the recipient hash, derived from the ring key, so the hash is never a signature.
        public byte[] RecipientKey { get; } = HMACSHA256.HashData(secret, "action-link recipient"u8);
    }

    private sealed class Payload
    {
        [JsonPropertyName("v")]
        public int Version { get; set; }

        [JsonPropertyName("k")]
        public string? KeyId { get; set; }

        [JsonPropertyName("i")]
        public string? InstanceId { get; set; }

        [JsonPropertyName("s")]
        public string? Step { get; set; }

        [JsonPropertyName("r")]
        public string? RecipientHash { get; set; }

        [JsonPropertyName("a")]
        public string[]? Actions { get; set; }

        [JsonPropertyName("e")]
        public long ExpiresAt { get; set; }

        [JsonPropertyName("l")]
        public string? LinkId { get; set; }
    }
}
