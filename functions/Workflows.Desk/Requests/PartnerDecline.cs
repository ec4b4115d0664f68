using Workflows.Desk.Steps;

namespace Workflows.Desk.Requests;

/// <summary>Payload of <see cref="DeskRequestEvents.PartnerDeclined"/>: the reason is required.</summary>
/// <param name="Step">The step token of the link or page it was issued for.</param>
/// <param name="Reason">Why the partner cannot take it.</param>
public sealed record PartnerDecline(string Step, string Reason) : IStepPayload;
