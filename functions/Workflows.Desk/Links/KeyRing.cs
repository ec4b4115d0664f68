using System.ComponentModel.DataAnnotations;

namespace Workflows.Desk.Links;

/// <summary>
/// A ring of named secret keys from configuration: new material is protected with <see cref="CurrentKeyId"/> and every
/// key still in <see cref="Keys"/> is accepted, so a key is rotated by adding a new one, making it current, and
/// removing the old one once nothing protected with it is left. Values are base64; errors name a key's id, never its
/// value.
/// </summary>
public abstract class KeyRing : IValidatableObject
{
    /// <summary>The id of the key that protects new material; must be in <see cref="Keys"/>.</summary>
    public string CurrentKeyId { get; set; } = string.Empty;

    /// <summary>Keys by id: base64 of random bytes (see <see cref="LengthRule"/>). Ids are 1–16 letters, digits, '-' or '_'.</summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How errors name the ring's keys (e.g. <c>Action-link key</c>).</summary>
    protected abstract string What { get; }

    /// <summary>The key length, in words (e.g. <c>at least 32 bytes</c>).</summary>
    protected abstract string LengthRule { get; }

    /// <inheritdoc />
    public virtual IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Keys.ContainsKey(CurrentKeyId))
        {
            yield return new ValidationResult($"The current {What.ToLowerInvariant()} '{CurrentKeyId}' is not in the key ring.", [nameof(CurrentKeyId)]);
        }

        foreach (var (id, value) in Keys)
        {
            if (!IsValidKeyId(id))
            {
                yield return new ValidationResult($"{What} id '{id}' must be 1-16 letters, digits, '-' or '_'.", [nameof(Keys)]);
            }

            if (DecodeKey(value) is null)
            {
                yield return new ValidationResult($"{What} '{id}' must be base64 of {LengthRule}.", [nameof(Keys)]);
            }
        }
    }

    /// <summary>Every key, decoded, by id.</summary>
    /// <exception cref="ArgumentException">The ring does not validate (the first error says why).</exception>
    public Dictionary<string, byte[]> DecodeAll()
    {
        if (Validate(new ValidationContext(this)).FirstOrDefault() is { } error)
        {
            throw new ArgumentException(error.ErrorMessage);
        }

        return Keys.ToDictionary(k => k.Key, k => DecodeKey(k.Value)!, StringComparer.Ordinal);
    }

    /// <summary>Whether a decoded key has an acceptable length.</summary>
    protected abstract bool LengthFits(int bytes);

    private static bool IsValidKeyId(string id) =>
        id.Length is > 0 and <= 16 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private byte[]? DecodeKey(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value.Trim(), buffer, out var written) && LengthFits(written) ? buffer[..written] : null;
    }
}
