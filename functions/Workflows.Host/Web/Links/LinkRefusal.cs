namespace Workflows.Host.Web.Links;

/// <summary>Why a link page refuses to act. Nothing changes on a refusal.</summary>
public enum LinkRefusal
{
    /// <summary>Not a link of ours, altered or incomplete (400).</summary>
    Invalid,

    /// <summary>Past its expiry (410).</summary>
    Expired,

    /// <summary>Already used: every link works once (410).</summary>
    Used,

    /// <summary>The request has moved on to another step since the link was sent (409).</summary>
    MovedOn,

    /// <summary>The coordinator suspended the request (409).</summary>
    Suspended,

    /// <summary>The request has ended (409).</summary>
    Ended,

    /// <summary>The request does not exist (any more) (404).</summary>
    UnknownRequest,

    /// <summary>The link was not sent to the party this action belongs to (403).</summary>
    WrongRecipient,

    /// <summary>The workflow refused the action in its current state for another reason (409).</summary>
    NotAccepted,
}
