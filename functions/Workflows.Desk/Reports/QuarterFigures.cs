using Workflows.Desk.Steps;

namespace Workflows.Desk.Reports;

/// <summary>Payload of <see cref="QuarterlyReportEvents.FiguresReady"/>: aggregated counts, no personal data.</summary>
/// <param name="Step">The step token of the report instance (read from its state).</param>
/// <param name="Year">The quarter's year; must match the instance's quarter.</param>
/// <param name="Quarter">The quarter number; must match.</param>
/// <param name="Total">Requests submitted in the quarter.</param>
/// <param name="ByComune">Per comune.</param>
/// <param name="ByPartner">Per partner.</param>
/// <param name="ByCategory">Per category.</param>
/// <param name="ByOutcome">Per outcome or final step.</param>
public sealed record QuarterFigures(
    string Step,
    int Year,
    int Quarter,
    int Total,
    IReadOnlyList<FigureRow> ByComune,
    IReadOnlyList<FigureRow> ByPartner,
    IReadOnlyList<FigureRow> ByCategory,
    IReadOnlyList<FigureRow> ByOutcome) : IStepPayload;
