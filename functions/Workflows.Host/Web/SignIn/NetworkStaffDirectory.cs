using Microsoft.Extensions.Options;
using Workflows.Host.Anagrafica;

namespace Workflows.Host.Web.SignIn;

/// <summary>
/// The staff the stored network directory implies — every open desk's address (role desk), every reviewer of an active
/// partner (role partner), every network coordinator (role coordinator, scoped to the network) and the staff entries
/// named on their own — combined with the members configured in <c>Staff:Members</c>. A deactivated staff entry shuts
/// its address out, whatever else names it.
/// </summary>
/// <remarks>
/// <para>A configured entry and the directory may name the same address: the roles are merged; the configured name
/// and ids win where they are set. A configured coordinator keeps the network it was given — none means every
/// network — so the directory never narrows a service-wide coordinator to one network.</para>
/// <para>An address listed by several partners or networks gets the first by id: a person has one scope in the
/// pages (the claims carry one partner and one network).</para>
/// </remarks>
public sealed class NetworkStaffDirectory(NetworkRegistry registry, IOptionsMonitor<StaffOptions> options) : IStaffDirectory
{
    private (DirectorySnapshot Snapshot, Dictionary<string, StaffMember> Members)? _implied;

    /// <inheritdoc />
    public async Task<StaffMember?> FindAsync(string email, CancellationToken cancellationToken)
    {
        var snapshot = await registry.GetAsync(cancellationToken).ConfigureAwait(false);
        return Find(snapshot, Implied(snapshot), options.CurrentValue.Members, email);
    }

    /// <summary>
    /// Who <paramref name="email"/> is in <paramref name="snapshot"/> and the configured members: nobody when a
    /// deactivated staff entry names the address.
    /// </summary>
    public static StaffMember? Find(DirectorySnapshot snapshot, IReadOnlyDictionary<string, StaffMember> implied, IReadOnlyList<StaffMemberOptions> configured, string email)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(implied);
        ArgumentNullException.ThrowIfNull(configured);
        var normalized = SignInAddress.Normalize(email);
        if (normalized.Length == 0 || snapshot.FindStaff(normalized) is { Active: false })
        {
            return null;
        }

        implied.TryGetValue(normalized, out var member);
        return Merge(normalized, configured.FirstOrDefault(m => SignInAddress.Normalize(m.Email) == normalized), member);
    }

    /// <summary>The members <paramref name="snapshot"/> implies, computed once per directory read.</summary>
    public IReadOnlyDictionary<string, StaffMember> Implied(DirectorySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var cached = _implied;
        if (cached is { } c && ReferenceEquals(c.Snapshot, snapshot))
        {
            return c.Members;
        }

        var members = Imply(snapshot);
        _implied = (snapshot, members);
        return members;
    }

    private static StaffMember? Merge(string email, StaffMemberOptions? configured, StaffMember? implied)
    {
        if (configured is null || configured.Roles.Count == 0)
        {
            return implied;
        }

        var roles = configured.Roles.Concat(implied?.Roles ?? []).Distinct().ToList();
        var configuredCoordinator = configured.Roles.Contains(StaffRole.Coordinator);
        return new StaffMember(
            email,
            Text(configured.DisplayName) ?? implied?.DisplayName ?? email,
            roles,
            Text(configured.DeskId) ?? implied?.DeskId,
            Text(configured.PartnerId) ?? implied?.PartnerId,
            configuredCoordinator ? Text(configured.NetworkId) : Text(configured.NetworkId) ?? implied?.NetworkId);
    }

    /// <summary>The members <paramref name="snapshot"/> implies, by normalised address.</summary>
    public static Dictionary<string, StaffMember> Imply(DirectorySnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var directory = snapshot.Directory;
        var members = new Dictionary<string, StaffMember>(StringComparer.Ordinal);

        void Add(string? address, StaffRole role, string displayName, string? deskId = null, string? partnerId = null, string? networkId = null)
        {
            var email = SignInAddress.Normalize(address);
            if (!SignInAddress.IsValid(email))
            {
                return;
            }

            if (!members.TryGetValue(email, out var known))
            {
                members[email] = new StaffMember(email, displayName, [role], deskId, partnerId, networkId);
                return;
            }

            members[email] = known with
            {
                Roles = known.Roles.Contains(role) ? known.Roles : [.. known.Roles, role],
                DeskId = known.DeskId ?? deskId,
                PartnerId = known.PartnerId ?? partnerId,
                NetworkId = known.NetworkId ?? networkId,
            };
        }

        foreach (var network in directory.Networks.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            foreach (var coordinator in network.CoordinatorEmails)
            {
                Add(coordinator, StaffRole.Coordinator, network.Name, networkId: network.Id);
            }
        }

        foreach (var desk in directory.Desks.Where(d => d.Active).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            Add(desk.Email, StaffRole.Desk, $"{desk.ReferentName} – {desk.Name}", deskId: desk.Id);
        }

        foreach (var partner in directory.Partners.Where(p => p.Active).OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            foreach (var reviewer in partner.ReviewerEmails)
            {
                Add(reviewer, StaffRole.Partner, partner.Name, partnerId: partner.Id);
            }
        }

        // Named on their own: a second referent of an open desk, a coordinator (already in the network's list).
        foreach (var entry in snapshot.Staff.Where(s => s.Active && s.Role == StaffRole.Desk))
        {
            if (directory.FindDesk(entry.DeskId ?? string.Empty) is { Active: true } desk)
            {
                Add(entry.Email, StaffRole.Desk, $"{entry.Name} – {desk.Name}", deskId: desk.Id);
            }
        }

        return members;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
