namespace Workflows.Email;

/// <summary>What the provider reported about a sent e-mail.</summary>
public enum EmailDeliveryKind
{
    /// <summary>The receiving server accepted it.</summary>
    Delivered,

    /// <summary>The receiving server refused it for good (unknown mailbox, blocked).</summary>
    Bounced,

    /// <summary>The provider did not send it (suppressed address, invalid, spam content).</summary>
    Dropped,

    /// <summary>The receiving server asked to try later; the provider keeps trying.</summary>
    Deferred,

    /// <summary>The recipient marked it as spam.</summary>
    SpamReported,
}
