namespace Workflows.Desk.Requests;

/// <summary>Facts about <see cref="DeskRequestStep"/> values.</summary>
public static class DeskRequestSteps
{
    /// <summary>True for the steps that end the request.</summary>
    public static bool IsTerminal(this DeskRequestStep step) =>
        step is DeskRequestStep.Closed or DeskRequestStep.Declined or DeskRequestStep.Withdrawn;

    /// <summary>True for the steps where the partner has work to do under its SLA.</summary>
    public static bool IsPartnerWork(this DeskRequestStep step) =>
        step is DeskRequestStep.AwaitingPartnerReview or DeskRequestStep.Scheduling or DeskRequestStep.AwaitingOutcome;
}
