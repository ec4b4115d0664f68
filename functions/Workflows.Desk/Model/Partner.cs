namespace Workflows.Desk.Model;

/// <summary>
/// An organisation that takes requests from the desks (an innovation company, the SME association, the cooperative
/// federation, Informagiovani, ...). It serves topics in territories: comuni and/or whole provinces.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>novain</c>.</param>
/// <param name="Name">Display name.</param>
/// <param name="NetworkIds">The networks it serves (a partner may serve several).</param>
/// <param name="Topics">The categories it handles.</param>
/// <param name="Comuni">ISTAT codes of the comuni it serves one by one.</param>
/// <param name="Provinces">Province codes (e.g. <c>TO</c>) it serves as a whole.</param>
/// <param name="ReviewerEmails">Who reviews requests; every reviewer gets the partner's mails.</param>
/// <param name="Sla">Reminder and escalation deadlines; null means <see cref="PartnerSla.Default"/>.</param>
/// <param name="Culture">The language of the partner's mails.</param>
/// <param name="Active">False once a coordinator deactivated the partner: it gets no new request (routing, referral,
/// the public directory skip it), while the requests it holds stay with it until they are reassigned.</param>
public sealed record Partner(
    string Id,
    string Name,
    IReadOnlyList<string> NetworkIds,
    IReadOnlyList<Category> Topics,
    IReadOnlyList<string> Comuni,
    IReadOnlyList<string> Provinces,
    IReadOnlyList<string> ReviewerEmails,
    PartnerSla? Sla = null,
    string Culture = "it",
    bool Active = true)
{
    /// <summary>The deadlines in force: <see cref="Sla"/> or the default.</summary>
    public PartnerSla EffectiveSla => Sla ?? PartnerSla.Default;
}
