using Microsoft.Extensions.Options;
using Workflows.Desk.Model;

namespace Workflows.Host.Web.SignIn;

/// <summary>
/// The staff the network directory implies — every desk's address (role desk), every partner reviewer (role partner)
/// and every network coordinator (role coordinator, scoped to the network) — combined with the members configured
/// in <c>Staff:Members</c>.
/// </summary>
/// <remarks>
/// <para>A configured entry and the directory may name the same address: the roles are merged; the configured name
/// and ids win where they are set. A configured coordinator keeps the network it was given — none means every
/// network — so the directory never narrows a service-wide coordinator to one network.</para>
/// <para>An address listed by several partners or networks gets the first by id: a person has one scope in the
/// pages (the claims carry one partner and one network).</para>
/// </remarks>
public sealed class NetworkStaffDirectory(NetworkDirectory directory, IOptionsMonitor<StaffOptions> options) : IStaffDirectory
{
    private readonly Lazy<IReadOnlyDictionary<string, StaffMember>> _implied = new(() => Imply(directory));

    /// <inheritdoc />
    public Task<StaffMember?> FindAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = SignInAddress.Normalize(email);
        if (normalized.Length == 0)
        {
            return Task.FromResult<StaffMember?>(null);
        }

        _implied.Value.TryGetValue(normalized, out var implied);
        var configured = options.CurrentValue.Members.FirstOrDefault(m => SignInAddress.Normalize(m.Email) == normalized);
        return Task.FromResult(Merge(normalized, configured, implied));
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

    private static Dictionary<string, StaffMember> Imply(NetworkDirectory directory)
    {
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

        foreach (var desk in directory.Desks.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            Add(desk.Email, StaffRole.Desk, $"{desk.ReferentName} – {desk.Name}", deskId: desk.Id);
        }

        foreach (var partner in directory.Partners.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            foreach (var reviewer in partner.ReviewerEmails)
            {
                Add(reviewer, StaffRole.Partner, partner.Name, partnerId: partner.Id);
            }
        }

        return members;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
