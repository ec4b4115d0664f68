namespace Workflows.Host.Web.Public;

/// <summary>One row of an open-statistics table: a key (category, ISTAT code, partner id, step, quarter) and its count.</summary>
/// <param name="Key">What is counted.</param>
/// <param name="Count">How many requests; shown only from <see cref="OpenStatistics.Threshold"/> up.</param>
public sealed record OpenFigure(string Key, int Count)
{
    /// <summary>True when the count is too small to publish.</summary>
    public bool Suppressed => Count < OpenStatistics.Threshold;
}
