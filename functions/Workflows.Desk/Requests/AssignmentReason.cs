namespace Workflows.Desk.Requests;

/// <summary>Why a partner got the request.</summary>
public enum AssignmentReason
{
    /// <summary>Routing by topic and territory at submission.</summary>
    Routed = 0,

    /// <summary>Routing to the next partner after a decline.</summary>
    Rerouted = 1,

    /// <summary>The previous partner referred it.</summary>
    Referred = 2,

    /// <summary>The coordinator reassigned it.</summary>
    Reassigned = 3,

    /// <summary>The coordinator assigned it from triage.</summary>
    Triage = 4,
}
