using Workflows.Desk.Steps;

namespace Workflows.Desk.Requests;

/// <summary>Payload of <see cref="DeskRequestEvents.SlotConfirmed"/>.</summary>
/// <param name="Step">The step token of the link or page it was issued for.</param>
/// <param name="Slot">The chosen slot, numbered from 1 as in the convocation.</param>
public sealed record SlotChoice(string Step, int Slot) : IStepPayload;
