namespace Workflows.Desk.Reports;

/// <summary>One line of a quarterly table: a comune, partner, category or outcome and its count.</summary>
/// <param name="Label">What is counted (already a display label).</param>
/// <param name="Count">How many requests.</param>
public sealed record FigureRow(string Label, int Count);
