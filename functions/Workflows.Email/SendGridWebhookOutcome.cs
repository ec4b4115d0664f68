namespace Workflows.Email;

/// <summary>The verdict on a request to the Event Webhook.</summary>
public enum SendGridWebhookOutcome
{
    /// <summary>Signed by SendGrid's key, recently.</summary>
    Valid,

    /// <summary>The signature or timestamp header is missing.</summary>
    MissingSignature,

    /// <summary>The signature does not verify over timestamp + body (altered, forged, or another key).</summary>
    BadSignature,

    /// <summary>Genuinely signed, but the timestamp is too far from now: a replay or a badly skewed clock.</summary>
    StaleTimestamp,
}
