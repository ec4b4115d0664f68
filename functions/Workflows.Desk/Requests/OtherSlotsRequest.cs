using Workflows.Desk.Steps;

namespace Workflows.Desk.Requests;

/// <summary>Payload of <see cref="DeskRequestEvents.OtherSlotsRequested"/> (also the applicant's reschedule).</summary>
/// <param name="Step">The step token of the link or page it was issued for.</param>
/// <param name="Note">Optional: when the applicant is available.</param>
public sealed record OtherSlotsRequest(string Step, string? Note = null) : IStepPayload;
