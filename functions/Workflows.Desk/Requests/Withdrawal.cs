using Workflows.Desk.Steps;

namespace Workflows.Desk.Requests;

/// <summary>Payload of <see cref="DeskRequestEvents.ApplicantWithdrew"/> (withdraw, or cancel a confirmed meeting).</summary>
/// <param name="Step">The step token of the link or page it was issued for.</param>
/// <param name="Reason">Optional reason.</param>
public sealed record Withdrawal(string Step, string? Reason = null) : IStepPayload;
