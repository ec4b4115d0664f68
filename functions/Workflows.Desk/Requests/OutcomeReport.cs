using Workflows.Desk.Steps;

namespace Workflows.Desk.Requests;

/// <summary>Payload of <see cref="DeskRequestEvents.OutcomeRecorded"/>.</summary>
/// <param name="Step">The step token of the link or page it was issued for.</param>
/// <param name="Outcome">Held, no-show or to be rescheduled.</param>
/// <param name="Notes">Optional notes.</param>
public sealed record OutcomeReport(string Step, MeetingOutcome Outcome, string? Notes = null) : IStepPayload;
