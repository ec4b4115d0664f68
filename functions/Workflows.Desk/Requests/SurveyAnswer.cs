using Workflows.Desk.Steps;

namespace Workflows.Desk.Requests;

/// <summary>Payload of <see cref="DeskRequestEvents.SurveyAnswered"/>.</summary>
/// <param name="Step">The step token of the link or page it was issued for.</param>
/// <param name="Round">30 or 90.</param>
/// <param name="Progress">Where the project stands.</param>
/// <param name="Satisfaction">1–5.</param>
/// <param name="Comment">Optional comment.</param>
public sealed record SurveyAnswer(string Step, int Round, FollowUpProgress Progress, int Satisfaction, string? Comment = null) : IStepPayload;
