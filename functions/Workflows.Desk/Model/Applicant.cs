namespace Workflows.Desk.Model;

/// <summary>The person or body the desk files a request for.</summary>
/// <param name="Kind">Citizen, business, young person, association or municipality.</param>
/// <param name="Name">Name or company name.</param>
/// <param name="Email">Optional: without it the desk receives the applicant's mails and passes them on.</param>
/// <param name="Phone">Optional phone number.</param>
/// <param name="Culture"><c>it</c> (default) or <c>en</c>.</param>
public sealed record Applicant(ApplicantKind Kind, string Name, string? Email, string? Phone, string Culture = "it")
{
    /// <summary>True when the applicant has an address of their own.</summary>
    public bool HasEmail => !string.IsNullOrWhiteSpace(Email);
}
