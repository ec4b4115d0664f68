using Workflows.Desk.Model;
using Workflows.Desk.Routing;
using Workflows.Host.Runtime;
using Workflows.Host.Web.Shared;
using DeskPartner = Workflows.Desk.Model.Partner;

namespace Workflows.Host.Web.Coordinator;

/// <summary>
/// The partners a coordinator may hand a request to, by name: first those that serve its topic in its territory
/// (best match first, as routing ranks them), then the other active partners of its network. The request's current
/// partner is not offered.
/// </summary>
/// <param name="Suited">Partners serving the request's category in its comune or province.</param>
/// <param name="Others">The other active partners of the network.</param>
/// <param name="Current">The partner that has the request now, if any.</param>
public sealed record PartnerChoices(IReadOnlyList<DeskPartner> Suited, IReadOnlyList<DeskPartner> Others, string? Current)
{
    /// <summary>Every partner offered.</summary>
    public IEnumerable<DeskPartner> All => Suited.Concat(Others);

    /// <summary>The choices for <paramref name="instance"/>.</summary>
    public static PartnerChoices For(WorkflowView instance, NetworkDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(directory);
        var state = InstanceModel.DeskRequestStateOf(instance);
        var current = instance.Tags.GetValueOrDefault(DashboardTags.Partner) is { Length: > 0 } tagged ? tagged : state?.PartnerId;
        // A workflow of a network the directory does not know (or of none) may go to any active partner.
        var networkId = state?.Network.Id ?? instance.Tags.GetValueOrDefault(DashboardTags.Network);
        networkId = networkId is not null && directory.FindNetwork(networkId) is not null ? networkId : null;
        var network = directory.Partners
            .Where(p => p.Active && p.Id != current && (networkId is null || p.NetworkIds.Contains(networkId)))
            .Where(p => p.ReviewerEmails.Any(e => !string.IsNullOrWhiteSpace(e)))
            .ToList();
        IReadOnlyList<DeskPartner> suited = state is null
            ? []
            : [.. PartnerRouting.Candidates(state.Category, state.Comune.Istat, state.Comune.Province, network).Select(m => m.Partner)];
        var others = network.Where(p => !suited.Contains(p)).OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        return new PartnerChoices(suited, others, current);
    }

    /// <summary>
    /// Why <paramref name="partnerId"/> cannot take the request, in the clerk's words; null when it is one of the
    /// choices.
    /// </summary>
    public string? Problem(string? partnerId, NetworkDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var id = partnerId?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            return Texts.PartnerRequired;
        }

        if (All.Any(p => p.Id == id))
        {
            return null;
        }

        if (directory.FindPartner(id) is not { } partner)
        {
            return Texts.PartnerUnknown(id);
        }

        if (id == Current)
        {
            return Texts.PartnerAlreadyHas(partner.Name);
        }

        if (!partner.Active)
        {
            return Texts.PartnerInactive(partner.Name);
        }

        return partner.ReviewerEmails.Any(e => !string.IsNullOrWhiteSpace(e))
            ? Texts.PartnerOutsideNetwork(partner.Name)
            : Texts.PartnerWithoutReviewer(partner.Name);
    }
}
