using Workflows.Desk.Requests;
using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Web.Desk;

/// <summary>A desk request as the desk and partner pages read it: the engine's status and the decider's state.</summary>
/// <param name="Instance">The instance (status, step, tags, dates).</param>
/// <param name="State">The request's state (applicant, partner, history in business terms).</param>
public sealed record DeskRequestRecord(WorkflowView Instance, DeskRequestState State)
{
    /// <summary>The current step.</summary>
    public DeskRequestStep Step => State.Step;

    /// <summary>True while the request can still change.</summary>
    public bool IsOpen => !Instance.IsTerminal && !State.Step.IsTerminal();

    /// <summary>When the partner's current deadline escalates; null when no partner deadline runs.</summary>
    public DateTimeOffset? SlaDueAt => IsOpen ? State.SlaDueAt : null;

    /// <summary>True when the partner's deadline has passed at <paramref name="now"/>.</summary>
    public bool IsOverdue(DateTimeOffset now) => SlaDueAt is { } due && due < now;
}
