namespace Workflows.Host.Web.SignIn;

/// <summary>The role claim values (<see cref="System.Security.Claims.ClaimTypes.Role"/>) issued at sign-in.</summary>
public static class StaffRoleNames
{
    /// <summary>Desk referent.</summary>
    public const string Desk = "desk";

    /// <summary>Partner reviewer.</summary>
    public const string Partner = "partner";

    /// <summary>Network coordinator.</summary>
    public const string Coordinator = "coordinator";

    /// <summary>The claim value of <paramref name="role"/>.</summary>
    public static string Of(StaffRole role) => role switch
    {
        StaffRole.Desk => Desk,
        StaffRole.Partner => Partner,
        StaffRole.Coordinator => Coordinator,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };
}
