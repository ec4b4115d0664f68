using Workflows.Desk.Model;

namespace Workflows.Desk.Requests;

/// <summary>What the desk referent fills in for an applicant (the intake form).</summary>
/// <param name="DeskId">The desk filing the request.</param>
/// <param name="ComuneIstat">The applicant's comune (may differ from the desk's).</param>
/// <param name="Applicant">Who asks; the e-mail is optional.</param>
/// <param name="Category">The topic.</param>
/// <param name="Description">The request in the applicant's words.</param>
/// <param name="PreferredContact">At the desk, phone or video.</param>
/// <param name="Consent">The privacy consent and the version of its text.</param>
public sealed record DeskIntake(
    string DeskId,
    string ComuneIstat,
    Applicant Applicant,
    Category Category,
    string Description,
    ContactMode PreferredContact,
    PrivacyConsent Consent);
