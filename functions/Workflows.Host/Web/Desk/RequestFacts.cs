using Workflows.Desk.Model;

namespace Workflows.Host.Web.Desk;

/// <summary>The model of the request-facts partial the desk and partner pages share.</summary>
/// <param name="Request">The request.</param>
/// <param name="Directory">For partner and desk names.</param>
/// <param name="Now">For the overdue mark.</param>
public sealed record RequestFacts(DeskRequestRecord Request, NetworkDirectory Directory, DateTimeOffset Now);
