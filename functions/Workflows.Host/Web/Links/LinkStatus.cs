namespace Workflows.Host.Web.Links;

/// <summary>What reading a presented link found, before looking at the request's step.</summary>
public enum LinkStatus
{
    /// <summary>Not a link of ours, altered, or naming an action it does not carry.</summary>
    Invalid,

    /// <summary>Genuine but past its expiry.</summary>
    Expired,

    /// <summary>Genuine, but the request it names does not exist (any more) or is of a kind links do not serve.</summary>
    UnknownRequest,

    /// <summary>Genuine, in time, and the request was loaded.</summary>
    Found,
}
