using System.ComponentModel.DataAnnotations;

namespace Workflows.Desk.Links;

/// <summary>
/// The key ring for action links (configuration section <c>ActionLinks</c>): new links are signed with
/// <see cref="CurrentKeyId"/>; every key still in <see cref="Keys"/> verifies, so a key is rotated by adding a new
/// one, making it current, and removing the old one once its links have expired.
/// </summary>
public sealed class ActionLinkKeys : IValidatableObject
{
    /// <summary>The configuration section the host binds.</summary>
    public const string SectionName = "ActionLinks";

    /// <summary>The smallest key accepted, in bytes (HMAC-SHA256 gains nothing beyond the block size, loses below 32).</summary>
    public const int MinimumKeyBytes = 32;

    /// <summary>The id of the key that signs new links; must be in <see cref="Keys"/>.</summary>
    [Required]
    public string CurrentKeyId { get; set; } = string.Empty;

    /// <summary>Keys by id: base64 of at least <see cref="MinimumKeyBytes"/> random bytes. Ids are short letters/digits.</summary>
    [Required]
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Keys.ContainsKey(CurrentKeyId))
        {
            yield return new ValidationResult(
                $"The current action-link key '{CurrentKeyId}' is not in the key ring.",
                [nameof(CurrentKeyId)]);
        }

        foreach (var (id, value) in Keys)
        {
            if (!IsValidKeyId(id))
            {
                yield return new ValidationResult(
                    $"Action-link key id '{id}' must be 1-16 letters, digits, '-' or '_'.", [nameof(Keys)]);
            }

            if (DecodeKey(value) is null)
            {
                // The value is a secret: name the id, never echo the value.
                yield return new ValidationResult(
                    $"Action-link key '{id}' must be base64 of at least {MinimumKeyBytes} bytes.", [nameof(Keys)]);
            }
        }
    }

    internal static bool IsValidKeyId(string id) =>
        id.Length is > 0 and <= 16 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    internal static byte[]? DecodeKey(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value.Trim(), buffer, out var written) && written >= MinimumKeyBytes
            ? buffer[..written]
            : null;
    }
}
