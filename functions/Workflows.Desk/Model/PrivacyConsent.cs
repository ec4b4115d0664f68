namespace Workflows.Desk.Model;

/// <summary>The applicant's consent to the processing of personal data, with the version of the text they saw.</summary>
/// <param name="TextVersion">Version of the privacy notice, e.g. <c>2026-01</c>.</param>
/// <param name="GivenAt">When consent was given.</param>
public sealed record PrivacyConsent(string TextVersion, DateTimeOffset GivenAt);
