namespace Workflows.Host.Web.SignIn;

/// <summary>Authorization policy names used by the pages.</summary>
public static class StaffPolicies
{
    /// <summary>Signed-in staff with the coordinator role.</summary>
    public const string Coordinator = "Coordinator";

    /// <summary>Signed-in staff with the desk role and a desk.</summary>
    public const string Desk = "Desk";

    /// <summary>Signed-in staff with the partner role and a partner organisation.</summary>
    public const string Partner = "Partner";
}
