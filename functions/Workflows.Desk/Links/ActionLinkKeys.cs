namespace Workflows.Desk.Links;

/// <summary>
/// The key ring for action links (configuration section <c>ActionLinks</c>): new links are signed with the current key;
/// every key still in the ring verifies, so a key is retired once its links have expired.
/// </summary>
public sealed class ActionLinkKeys : KeyRing
{
    /// <summary>The configuration section the host binds.</summary>
    public const string SectionName = "ActionLinks";

    /// <summary>The smallest key accepted, in bytes (HMAC-SHA256 gains nothing beyond the block size, loses below 32).</summary>
    public const int MinimumKeyBytes = 32;

    /// <inheritdoc />
    protected override string What => "Action-link key";

    /// <inheritdoc />
    protected override string LengthRule => $"at least {MinimumKeyBytes} bytes";

    /// <inheritdoc />
    protected override bool LengthFits(int bytes) => bytes >= MinimumKeyBytes;
}
