using Workflows.Desk.Steps;

namespace Workflows.Desk.Requests;

/// <summary>Payload of <see cref="DeskRequestEvents.PartnerAccepted"/>.</summary>
/// <param name="Step">The step token of the link or page it was issued for.</param>
/// <param name="Note">Optional note for the record.</param>
public sealed record PartnerAcceptance(string Step, string? Note = null) : IStepPayload;
