using Workflows.Desk.Model;
using Workflows.Desk.Steps;

namespace Workflows.Desk.Requests;

/// <summary>Payload of <see cref="DeskRequestEvents.TriageAssign"/> (coordinator dashboard).</summary>
/// <param name="Step">The step token of the link or page it was issued for.</param>
/// <param name="PartnerId">The partner chosen by the coordinator.</param>
/// <param name="Note">Optional note for the partner.</param>
/// <param name="Partner">The partner's facts when it is not among the request's known partners.</param>
public sealed record TriageAssignment(string Step, string PartnerId, string? Note = null, Partner? Partner = null) : IStepPayload;
