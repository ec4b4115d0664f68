namespace Workflows.Desk.Model;

/// <summary>A network of desks and partners steered by coordinators (e.g. ANCI Piemonte with API Torino).</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">Display name.</param>
/// <param name="CoordinatorEmails">The coordinators: triage, escalations and quarterly reports go to them.</param>
/// <param name="Culture">The language of the coordinators' mails.</param>
public sealed record Network(string Id, string Name, IReadOnlyList<string> CoordinatorEmails, string Culture = "it");
