using Workflows.Orchestration.Views;

namespace Workflows.Orchestration.Activities;

/// <summary>The input of <see cref="RecordStallActivity"/>: the stall to list and whom to alert.</summary>
/// <param name="Stall">The stalled request as the operators' list shows it.</param>
/// <param name="AlertTo">Who answers for it (<see cref="Workflows.Steps.IWorkflow.Responsible"/>): alerted at most once a day.</param>
/// <param name="RequestCode">The code people know the request by (its <c>code</c> tag), for the alert.</param>
public sealed record StallReport(StallRecord Stall, IReadOnlyList<string> AlertTo, string RequestCode);
