using Workflows.Desk.Steps;

namespace Workflows.Desk.Requests;

/// <summary>Payload of <see cref="DeskRequestEvents.InfoAnswered"/>, from the applicant or the desk on their behalf.</summary>
/// <param name="Step">The step token of the link or page it was issued for.</param>
/// <param name="Answer">The answer.</param>
public sealed record InfoAnswer(string Step, string Answer) : IStepPayload;
