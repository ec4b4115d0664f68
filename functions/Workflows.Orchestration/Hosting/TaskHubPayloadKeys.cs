using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;

namespace Workflows.Orchestration.Hosting;

/// <summary>
/// The keys that encrypt what the task hub stores (configuration section <c>TaskHub:PayloadKeys</c>): inputs, event
/// payloads, activity inputs and outputs, custom status. New payloads are encrypted with <see cref="CurrentKeyId"/>;
/// every key still in <see cref="Keys"/> decrypts, so a key is rotated by adding a new one, making it current, and
/// removing the old one once no instance written with it is left (retention purges ended instances). The web app and
/// the Function App must hold the same keys. Without any key (Development and Testing only) the hub holds plain JSON.
/// </summary>
public sealed class TaskHubPayloadKeys : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string Section = "TaskHub:PayloadKeys";

    /// <summary>AES-256: exactly 32 bytes.</summary>
    public const int KeyBytes = 32;

    /// <summary>The id of the key that encrypts new payloads; must be in <see cref="Keys"/>.</summary>
    public string CurrentKeyId { get; set; } = string.Empty;

    /// <summary>Keys by id: base64 of <see cref="KeyBytes"/> random bytes. Ids are 1–16 letters, digits, '-' or '_'.</summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Whether any key is configured (else payloads stay plain JSON: Development and Testing only).</summary>
    public bool IsConfigured => CurrentKeyId.Length > 0 || Keys.Count > 0;

    /// <summary>A ring of one fresh random key (tests, the benchmark, a local run that keeps no data).</summary>
    public static TaskHubPayloadKeys Generate(string keyId) => new()
    {
        CurrentKeyId = keyId,
        Keys = new(StringComparer.Ordinal) { [keyId] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)) },
    };

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured)
        {
            yield break;
        }

        if (!Keys.ContainsKey(CurrentKeyId))
        {
            yield return new ValidationResult(
                $"TaskHub:PayloadKeys: the current key '{CurrentKeyId}' is not in TaskHub:PayloadKeys:Keys.", [nameof(CurrentKeyId)]);
        }

        foreach (var (id, value) in Keys)
        {
            if (!IsValidKeyId(id))
            {
                yield return new ValidationResult(
                    $"TaskHub:PayloadKeys: key id '{id}' must be 1-16 letters, digits, '-' or '_'.", [nameof(Keys)]);
            }

            if (DecodeKey(value) is null)
            {
                // The value is a secret: name the id, never echo the value.
                yield return new ValidationResult(
                    $"TaskHub:PayloadKeys: key '{id}' must be base64 of exactly {KeyBytes} random bytes.", [nameof(Keys)]);
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
        return Convert.TryFromBase64String(value.Trim(), buffer, out var written) && written == KeyBytes ? buffer[..written] : null;
    }
}
