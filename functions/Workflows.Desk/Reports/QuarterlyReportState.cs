using Workflows.Desk.Model;
using Workflows.Desk.Steps;

namespace Workflows.Desk.Reports;

/// <summary>The state of a network's recurring quarterly report.</summary>
public sealed record QuarterlyReportState
{
    /// <summary>The network reported on.</summary>
    public required Network Network { get; init; }

    /// <summary>The quarter being waited for or reported.</summary>
    public required ReportQuarter Quarter { get; init; }

    /// <summary>The current step.</summary>
    public QuarterlyReportStep Step { get; init; }

    /// <summary>Step counter; gives <see cref="StepToken"/>.</summary>
    public int StepNumber { get; init; }

    /// <summary>The token <see cref="QuarterFigures.Step"/> must carry.</summary>
    public string StepToken => StepTokens.For(StepNumber);

    /// <summary>Pending timers.</summary>
    public IReadOnlyList<ActiveTimer> Timers { get; init; } = [];

    /// <summary>Its e-mails that did not reach a coordinator, the latest 50, oldest first.</summary>
    public IReadOnlyList<Model.UndeliveredEmail> Undelivered { get; init; } = [];

    /// <summary>Quarters already reported (e.g. <c>2026-Q1</c>), oldest first; kept to the last 12.</summary>
    public IReadOnlyList<string> Reported { get; init; } = [];
}
