using Workflows.Desk.Steps;

namespace Workflows.Desk.Requests;

/// <summary>Payload of <see cref="DeskRequestEvents.Remind"/> (coordinator dashboard): re-send the current step's e-mail.</summary>
/// <param name="Step">The step token of the link or page it was issued for.</param>
public sealed record ReminderRequest(string Step) : IStepPayload;
