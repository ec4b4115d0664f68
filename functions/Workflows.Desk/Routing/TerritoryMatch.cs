namespace Workflows.Desk.Routing;

/// <summary>How a partner covers a comune: by naming it, or by serving its whole province.</summary>
public enum TerritoryMatch
{
    /// <summary>The partner serves the comune's province.</summary>
    Province = 1,

    /// <summary>The partner names the comune: a stronger match than the province.</summary>
    Comune = 2,
}
