namespace Workflows.Engine;

/// <summary>What happened to a raised event or management command.</summary>
public enum EventOutcome
{
    /// <summary>The transition committed.</summary>
    Applied,

    /// <summary>The workflow refused it in its current step; nothing changed.</summary>
    Rejected,

    /// <summary>Its single-use key was already consumed; nothing changed.</summary>
    AlreadyConsumed,

    /// <summary>No such instance.</summary>
    NotFound,

    /// <summary>The instance is suspended or has ended; nothing changed.</summary>
    NotRunning,
}
