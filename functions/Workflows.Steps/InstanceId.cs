using System.Security.Cryptography;
using System.Text;

namespace Workflows.Steps;

/// <summary>
/// The opaque, unguessable identifier of one workflow instance (one request, one registration, one report).
/// </summary>
/// <remarks>
/// Ids are 26 characters of lower-case Crockford base32 (130 bits of randomness, or of a keyed hash when
/// the instance is started idempotently). They are safe in URLs and table keys.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(InstanceIdJsonConverter))]
public readonly record struct InstanceId
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    private InstanceId(string value) => Value = value;

    /// <summary>The id as text.</summary>
    public string Value { get; }

    /// <summary>Creates a new random id.</summary>
    public static InstanceId New() => new(Encode(RandomNumberGenerator.GetBytes(17)));

    /// <summary>Derives the id of an idempotent start from the workflow name and the caller's key.</summary>
    public static InstanceId FromIdempotencyKey(string workflowName, string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(workflowName + "\n" + key));
        return new(Encode(hash.AsSpan(0, 17)));
    }

    /// <summary>Parses text produced by <see cref="Value"/>; returns false for anything else.</summary>
    public static bool TryParse(string? text, out InstanceId id)
    {
        id = default;
        if (text is null || text.Length != 26)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        id = new InstanceId(text);
        return true;
    }

    /// <summary>Parses text or throws <see cref="FormatException"/>.</summary>
    public static InstanceId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException("Not a workflow instance id.");

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;

    private static string Encode(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(26);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5 && sb.Length < 26)
            {
                sb.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        return sb.ToString(0, 26);
    }
}
