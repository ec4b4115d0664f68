using Workflows.Desk.Model;
using Workflows.Desk.Steps;

namespace Workflows.Desk.Requests;

/// <summary>Payload of <see cref="DeskRequestEvents.Reassign"/> (coordinator dashboard).</summary>
/// <param name="Step">The step token of the link or page it was issued for.</param>
/// <param name="PartnerId">The new partner.</param>
/// <param name="Reason">Why (kept in the history).</param>
/// <param name="Partner">The partner's facts when it is not among the request's known partners.</param>
public sealed record Reassignment(string Step, string PartnerId, string? Reason = null, Partner? Partner = null) : IStepPayload;
