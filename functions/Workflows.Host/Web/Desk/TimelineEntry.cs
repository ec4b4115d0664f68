namespace Workflows.Host.Web.Desk;

/// <summary>One line of a request's history in business terms.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Title">What happened.</param>
/// <param name="Detail">Text a person wrote with it (a reason, a question, an answer, notes), if any.</param>
public sealed record TimelineEntry(DateTimeOffset At, string Title, string? Detail = null);
