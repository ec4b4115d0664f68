using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Workflows.Orchestration.Hosting;

/// <summary>
/// AES-256-GCM over one payload's JSON: <c>p1.&lt;keyId&gt;.&lt;base64url(nonce | ciphertext | tag)&gt;</c>, a random
/// 12-byte nonce per payload, a 16-byte tag, and <c>p1.&lt;keyId&gt;</c> as associated data so a payload cannot be
/// passed off as written with another key. The task hub keeps it as a JSON string (see <see cref="DurableJson"/>).
/// </summary>
internal sealed class TaskHubPayloadCipher
{
    /// <summary>The format's prefix (version 1).</summary>
    public const string Prefix = "p1.";

    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly Dictionary<string, byte[]> _keys;
    private readonly string _current;

    public TaskHubPayloadCipher(TaskHubPayloadKeys keys)
    {
        _keys = keys.DecodeAll();
        _current = keys.CurrentKeyId;
    }

    /// <summary>Encrypts <paramref name="json"/> with the current key.</summary>
    public string Seal(string json)
    {
        var plain = Encoding.UTF8.GetBytes(json);
        var sealedBytes = new byte[NonceBytes + plain.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(_keys[_current], TagBytes))
        {
            aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceBytes, plain.Length), sealedBytes.AsSpan(NonceBytes + plain.Length), Header(_current));
        }

        return string.Concat(Prefix, _current, ".", Base64Url.EncodeToString(sealedBytes));
    }

    /// <summary>Decrypts a token <see cref="Seal"/> made with any key of the ring; refuses a changed or unknown one.</summary>
    public string Open(string token)
    {
        var dot = token.IndexOf('.', Prefix.Length);
        var keyId = dot > 0 ? token[Prefix.Length..dot] : string.Empty;
        if (!_keys.TryGetValue(keyId, out var key))
        {
            throw new CryptographicException($"A task hub payload is encrypted with key '{keyId}', which is not in TaskHub:PayloadKeys (a key removed too early, or another app's hub).");
        }

        byte[] sealedBytes;
        try
        {
            sealedBytes = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException e)
        {
            throw new CryptographicException($"A task hub payload encrypted with key '{keyId}' is damaged.", e);
        }

        if (sealedBytes.Length < NonceBytes + TagBytes)
        {
            throw new CryptographicException($"A task hub payload encrypted with key '{keyId}' is damaged.");
        }

        var length = sealedBytes.Length - NonceBytes - TagBytes;
        var plain = new byte[length];
        try
        {
            using var aes = new AesGcm(key, TagBytes);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes, length), sealedBytes.AsSpan(NonceBytes + length), plain, Header(keyId));
        }
        catch (AuthenticationTagMismatchException e)
        {
            throw new CryptographicException($"A task hub payload encrypted with key '{keyId}' failed authentication: it was changed, or the key is not the one it was written with.", e);
        }

        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>
    /// Whether <paramref name="text"/> is a sealed payload as the hub keeps it: a JSON string holding a token (only
    /// letters, digits, '.', '-' and '_', so no JSON escapes), or the bare token where a host has unwrapped that
    /// string (bare, it is not JSON, so nothing plain is mistaken for it); <paramref name="token"/> is the token.
    /// </summary>
    public static bool TryReadStored(string text, out string token)
    {
        var span = text.AsSpan().Trim();
        if (span.Length >= 2 && span[0] == '"' && span[^1] == '"')
        {
            span = span[1..^1];
        }

        token = string.Empty;
        if (span.Length < Prefix.Length + 3 || !span.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var c in span)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            {
                return false;
            }
        }

        token = span.ToString();
        return true;
    }

    private static byte[] Header(string keyId) => Encoding.ASCII.GetBytes(Prefix + keyId);
}
