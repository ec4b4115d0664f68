namespace Workflows.Desk.Email.Models;

/// <summary>
/// Model of <c>coordinator-stalled</c>. To whoever answers for an instance (the network's coordinators, an event's
/// organiser): its current step cannot complete and it retries by itself; at most one a day while it lasts.
/// </summary>
/// <param name="RequestCode">The request's human code (or the instance's short id).</param>
/// <param name="Step">The step it was taking.</param>
/// <param name="Cause">What the last attempt failed with (a technical message, no personal data).</param>
/// <param name="Since">When it first stalled.</param>
/// <param name="Attempts">Attempts so far.</param>
public sealed record CoordinatorStalledEmail(string RequestCode, string? Step, string Cause, DateTimeOffset Since, int Attempts) : IEmailModel;
