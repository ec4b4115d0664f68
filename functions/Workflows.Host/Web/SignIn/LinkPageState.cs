namespace Workflows.Host.Web.SignIn;

/// <summary>What the sign-in link page shows.</summary>
public enum LinkPageState
{
    /// <summary>The confirm button (GET never signs in: mail scanners open links).</summary>
    Confirm,

    /// <summary>Not a link we sent.</summary>
    Invalid,

    /// <summary>Older than its lifetime.</summary>
    Expired,

    /// <summary>Already used.</summary>
    Used,
}
