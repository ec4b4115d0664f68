namespace Workflows.Desk.Requests;

/// <summary>An answer to a follow-up survey.</summary>
/// <param name="Round">30 or 90 (days after the meeting outcome).</param>
/// <param name="Progress">Where the project stands.</param>
/// <param name="Satisfaction">1 (poor) to 5 (excellent).</param>
/// <param name="Comment">Optional comment.</param>
/// <param name="At">When it was answered.</param>
public sealed record SurveyResponse(int Round, FollowUpProgress Progress, int Satisfaction, string? Comment, DateTimeOffset At);
