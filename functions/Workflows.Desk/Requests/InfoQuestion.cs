using Workflows.Desk.Steps;

namespace Workflows.Desk.Requests;

/// <summary>Payload of <see cref="DeskRequestEvents.PartnerAskedInfo"/>.</summary>
/// <param name="Step">The step token of the link or page it was issued for.</param>
/// <param name="Question">What the partner needs to know.</param>
public sealed record InfoQuestion(string Step, string Question) : IStepPayload;
