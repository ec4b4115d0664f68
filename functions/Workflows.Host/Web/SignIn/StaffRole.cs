namespace Workflows.Host.Web.SignIn;

/// <summary>What a staff member does in the network; one person may hold several roles.</summary>
public enum StaffRole
{
    /// <summary>The local referent of an innovation desk (sportello) at a town hall.</summary>
    Desk,

    /// <summary>A reviewer of a partner organisation.</summary>
    Partner,

    /// <summary>A coordinator of a network: sees and steers every request of the network.</summary>
    Coordinator,
}
