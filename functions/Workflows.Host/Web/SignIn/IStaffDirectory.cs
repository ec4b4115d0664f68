namespace Workflows.Host.Web.SignIn;

/// <summary>Who may sign in. The demo seed and the domain replace the configuration-backed default.</summary>
public interface IStaffDirectory
{
    /// <summary>Finds the staff member with <paramref name="email"/> (case-insensitive), or null.</summary>
    Task<StaffMember?> FindAsync(string email, CancellationToken cancellationToken);
}
