namespace Workflows.Desk.Links;

/// <summary>The verdict on a presented action-link token.</summary>
public enum ActionLinkOutcome
{
    /// <summary>Signed by one of our keys, well formed and not expired.</summary>
    Valid,

    /// <summary>Not a token of ours at all (truncated, garbage, wrong shape or version).</summary>
    Malformed,

    /// <summary>Signed with a key id the ring no longer (or never) had.</summary>
    UnknownKey,

    /// <summary>The signature does not match: the token was altered or made up.</summary>
    Forged,

    /// <summary>Genuine but past its expiry.</summary>
    Expired,
}
