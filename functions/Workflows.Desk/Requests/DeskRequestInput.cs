using Workflows.Desk.Model;

namespace Workflows.Desk.Requests;

/// <summary>
/// The start input of <see cref="DeskRequestWorkflow"/>: the intake plus every directory fact the decider needs, so that
/// deciding stays pure (build it with <see cref="NetworkDirectory.PrepareRequest"/>).
/// </summary>
/// <param name="RequestCode">Human code, e.g. <c>TO-2026-0042</c> (see <see cref="RequestCodes"/>).</param>
/// <param name="Desk">The filing desk.</param>
/// <param name="Comune">The applicant's comune.</param>
/// <param name="Network">The desk's network (coordinators).</param>
/// <param name="Partners">The partners serving that network: the routing candidates.</param>
/// <param name="Applicant">Who asks.</param>
/// <param name="Category">The topic.</param>
/// <param name="Description">The request.</param>
/// <param name="PreferredContact">At the desk, phone or video.</param>
/// <param name="Consent">Privacy consent.</param>
public sealed record DeskRequestInput(
    string RequestCode,
    InnovationDesk Desk,
    Comune Comune,
    Network Network,
    IReadOnlyList<Partner> Partners,
    Applicant Applicant,
    Category Category,
    string Description,
    ContactMode PreferredContact,
    PrivacyConsent Consent);
