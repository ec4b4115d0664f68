namespace Workflows.Desk.Requests;

/// <summary>A question of the partner and the applicant's answer.</summary>
/// <param name="PartnerId">Who asked.</param>
/// <param name="Question">The question.</param>
/// <param name="AskedAt">When it was asked.</param>
/// <param name="Answer">The answer, once given.</param>
/// <param name="AnsweredAt">When it was answered.</param>
public sealed record InfoExchange(string PartnerId, string Question, DateTimeOffset AskedAt, string? Answer = null, DateTimeOffset? AnsweredAt = null);
