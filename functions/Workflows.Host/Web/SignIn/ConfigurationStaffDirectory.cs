using Microsoft.Extensions.Options;

namespace Workflows.Host.Web.SignIn;

/// <summary>The staff directory read from <c>Staff:Members</c> (re-read on configuration reload).</summary>
public sealed class ConfigurationStaffDirectory(IOptionsMonitor<StaffOptions> options) : IStaffDirectory
{
    /// <inheritdoc />
    public Task<StaffMember?> FindAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = SignInAddress.Normalize(email);
        var entry = options.CurrentValue.Members.FirstOrDefault(m => SignInAddress.Normalize(m.Email) == normalized);
        StaffMember? member = entry is null || entry.Roles.Count == 0
            ? null
            : new StaffMember(
                normalized,
                string.IsNullOrWhiteSpace(entry.DisplayName) ? normalized : entry.DisplayName,
                [.. entry.Roles],
                entry.DeskId,
                entry.PartnerId,
                entry.NetworkId);
        return Task.FromResult(member);
    }
}
