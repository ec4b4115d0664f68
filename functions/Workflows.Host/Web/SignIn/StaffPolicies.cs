namespace Workflows.Host.Web.SignIn;

/// <summary>Authorization policy names used by the pages.</summary>
public static class StaffPolicies
{
    /// <summary>
    /// Staff signed in with the web cookie holding the coordinator role. Cookie only (unlike the API's policy, which
    /// also takes tokens): an anonymous browser is redirected to the sign-in page, not answered 401.
    /// </summary>
    public const string Coordinator = "StaffCoordinator";

    /// <summary>Signed-in staff with the desk role and a desk.</summary>
    public const string Desk = "Desk";

    /// <summary>Signed-in staff with the partner role and a partner organisation.</summary>
    public const string Partner = "Partner";
}
