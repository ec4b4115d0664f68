namespace Workflows.Host.Web.Public;

/// <summary>The open statistics at one moment: counts only, keyed by tags and steps of the desk requests.</summary>
/// <param name="At">When they were counted.</param>
/// <param name="Total">All desk requests.</param>
/// <param name="Open">Those not ended.</param>
/// <param name="ByCategory">By category (enum name).</param>
/// <param name="ByComune">By the applicant's comune (ISTAT code).</param>
/// <param name="ByPartner">By partner id ("" = not assigned yet).</param>
/// <param name="ByStep">By current step.</param>
/// <param name="ByOutcome">The ended ones by final step.</param>
/// <param name="ByQuarter">By quarter filed (<c>2026-3</c>), oldest first.</param>
public sealed record OpenStatisticsSnapshot(
    DateTimeOffset At,
    int Total,
    int Open,
    IReadOnlyList<OpenFigure> ByCategory,
    IReadOnlyList<OpenFigure> ByComune,
    IReadOnlyList<OpenFigure> ByPartner,
    IReadOnlyList<OpenFigure> ByStep,
    IReadOnlyList<OpenFigure> ByOutcome,
    IReadOnlyList<OpenFigure> ByQuarter);
