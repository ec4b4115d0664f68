using Workflows.Desk.Requests;

namespace Workflows.Desk.Model;

/// <summary>
/// The read-only catalogue of comuni, desks, partners and networks. The host builds decider inputs from it
/// (<see cref="PrepareRequest"/>); deciders never read it themselves.
/// </summary>
/// <param name="Comuni">Known comuni.</param>
/// <param name="Desks">Desks.</param>
/// <param name="Partners">Partners.</param>
/// <param name="Networks">Networks.</param>
public sealed record NetworkDirectory(
    IReadOnlyList<Comune> Comuni,
    IReadOnlyList<InnovationDesk> Desks,
    IReadOnlyList<Partner> Partners,
    IReadOnlyList<Network> Networks)
{
    /// <summary>The comune with that ISTAT code, or null.</summary>
    public Comune? FindComune(string istat) => Comuni.FirstOrDefault(c => c.Istat == istat);

    /// <summary>The desk with that id, or null.</summary>
    public InnovationDesk? FindDesk(string id) => Desks.FirstOrDefault(d => d.Id == id);

    /// <summary>The partner with that id, or null.</summary>
    public Partner? FindPartner(string id) => Partners.FirstOrDefault(p => p.Id == id);

    /// <summary>The network with that id, or null.</summary>
    public Network? FindNetwork(string id) => Networks.FirstOrDefault(n => n.Id == id);

    /// <summary>The active partners serving <paramref name="networkId"/>, by id: the candidates for new routing and referral.</summary>
    public IReadOnlyList<Partner> PartnersOf(string networkId) =>
        Partners.Where(p => p.Active && p.NetworkIds.Contains(networkId)).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();

    /// <summary>The desks of <paramref name="networkId"/>, active or not, by id.</summary>
    public IReadOnlyList<InnovationDesk> DesksOf(string networkId) =>
        Desks.Where(d => d.NetworkId == networkId).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    /// <summary>Builds the start input of a desk request from the intake form.</summary>
    /// <remarks>Only active partners are routing candidates: a deactivated partner gets no new request.</remarks>
    /// <exception cref="ArgumentException">The desk (or it is closed), the comune or the desk's network is unknown.</exception>
    public DeskRequestInput PrepareRequest(DeskIntake intake, string requestCode)
    {
        var desk = FindDesk(intake.DeskId) ?? throw new ArgumentException($"Unknown desk '{intake.DeskId}'.", nameof(intake));
        if (!desk.Active)
        {
            throw new ArgumentException($"The desk '{intake.DeskId}' is closed.", nameof(intake));
        }

        var comune = FindComune(intake.ComuneIstat)
            ?? throw new ArgumentException($"Unknown comune '{intake.ComuneIstat}'.", nameof(intake));
        var network = FindNetwork(desk.NetworkId)
            ?? throw new ArgumentException($"Unknown network '{desk.NetworkId}'.", nameof(intake));
        return new DeskRequestInput(
            requestCode,
            desk with { PatronDay = desk.PatronDay ?? FindComune(desk.ComuneIstat)?.PatronDay },
            comune,
            network,
            PartnersOf(network.Id),
            intake.Applicant,
            intake.Category,
            intake.Description,
            intake.PreferredContact,
            intake.Consent);
    }
}
