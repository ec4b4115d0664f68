namespace Workflows.Host.Authorization;

/// <summary>The role claim values (<see cref="System.Security.Claims.ClaimTypes.Role"/>) the service knows.</summary>
public static class AppRoles
{
    /// <summary>A coordinator of a network: sees and steers every request, uses the management API.</summary>
    public const string Coordinator = "coordinator";
}
