namespace Workflows.Desk.Reports;

/// <summary>The steps of the recurring quarterly report.</summary>
public enum QuarterlyReportStep
{
    /// <summary>Waiting for the first business day after the quarter ends.</summary>
    WaitingForQuarterEnd = 0,

    /// <summary>The quarter ended: the host computes the figures from the read model and raises <see cref="QuarterlyReportEvents.FiguresReady"/>.</summary>
    AwaitingFigures = 1,
}
