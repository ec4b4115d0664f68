using Workflows.Desk.Steps;

namespace Workflows.Desk.Events;

/// <summary>Payload of <see cref="EventRegistrationEvents.RegistrationCancelled"/>.</summary>
/// <param name="Step">The step token of the link.</param>
/// <param name="Reason">Optional reason.</param>
public sealed record RegistrationCancellation(string Step, string? Reason = null) : IStepPayload;
