using Workflows.Desk.Model;

namespace Workflows.Desk.Routing;

/// <summary>A partner that can take a request, and how it covers the territory.</summary>
/// <param name="Partner">The partner.</param>
/// <param name="Match">Comune or province match.</param>
public sealed record RouteMatch(Partner Partner, TerritoryMatch Match);
