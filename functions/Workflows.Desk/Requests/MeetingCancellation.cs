using Workflows.Desk.Steps;

namespace Workflows.Desk.Requests;

/// <summary>Payload of <see cref="DeskRequestEvents.MeetingCancelled"/>: the partner cancels a confirmed meeting.</summary>
/// <param name="Step">The step token of the link or page it was issued for.</param>
/// <param name="Reason">Why.</param>
public sealed record MeetingCancellation(string Step, string Reason) : IStepPayload;
