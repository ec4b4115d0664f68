namespace Workflows.Host.Web.SignIn;

/// <summary>Authorization policy names used by the pages.</summary>
public static class StaffPolicies
{
    /// <summary>Signed-in staff with the coordinator role.</summary>
    public const string Coordinator = "Coordinator";
}
