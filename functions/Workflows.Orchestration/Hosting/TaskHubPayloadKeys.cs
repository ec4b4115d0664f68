using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Workflows.Desk.Links;

namespace Workflows.Orchestration.Hosting;

/// <summary>
/// The keys that encrypt what the task hub stores (configuration section <c>TaskHub:PayloadKeys</c>): inputs, event
/// payloads, activity inputs and outputs, custom status. New payloads are encrypted with the current key; every key
/// still in the ring decrypts, so a key is retired once no instance written with it is left (retention purges ended
/// instances). The web app and the Function App must hold the same keys. Without any key (Development and Testing
/// only) the hub holds plain JSON.
/// </summary>
public sealed class TaskHubPayloadKeys : KeyRing
{
    /// <summary>The configuration section.</summary>
    public const string Section = "TaskHub:PayloadKeys";

    /// <summary>AES-256: exactly 32 bytes.</summary>
    public const int KeyBytes = 32;

    /// <summary>Whether any key is configured (else payloads stay plain JSON: Development and Testing only).</summary>
    public bool IsConfigured => CurrentKeyId.Length > 0 || Keys.Count > 0;

    /// <inheritdoc />
    protected override string What => "TaskHub:PayloadKeys key";

    /// <inheritdoc />
    protected override string LengthRule => $"exactly {KeyBytes} random bytes";

    /// <summary>A ring of one fresh random key (tests, the benchmark, a local run that keeps no data).</summary>
    public static TaskHubPayloadKeys Generate(string keyId)
    {
        var keys = new TaskHubPayloadKeys { CurrentKeyId = keyId };
        keys.Keys[keyId] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes));
        return keys;
    }

    /// <inheritdoc />
    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        IsConfigured ? base.Validate(validationContext) : [];

    /// <inheritdoc />
    protected override bool LengthFits(int bytes) => bytes == KeyBytes;
}
