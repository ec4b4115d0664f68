using Workflows.Desk.Events;
using Workflows.Desk.Links;
using Workflows.Desk.Requests;
using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Web.Links;

/// <summary>A presented action link, verified and joined with the request it names.</summary>
/// <param name="Status">What was found.</param>
/// <param name="Claims">The token's claims (also for an expired link), or null.</param>
/// <param name="Spec">The action, when the link carries it and the workflow knows it.</param>
/// <param name="Instance">The instance, when loaded.</param>
/// <param name="Request">The desk request's state, for a desk-request link.</param>
/// <param name="Registration">The registration's state, for an event-registration link.</param>
/// <param name="Recipient">Who the link was sent to, as the request knows them.</param>
/// <param name="Culture">The recipient's language (<c>it</c> or <c>en</c>), when known.</param>
public sealed record LinkReading(
    LinkStatus Status,
    ActionLinkClaims? Claims = null,
    LinkActionSpec? Spec = null,
    WorkflowView? Instance = null,
    DeskRequestState? Request = null,
    EventRegistrationState? Registration = null,
    LinkParty Recipient = LinkParty.Unknown,
    string? Culture = null)
{
    /// <summary>The human code of the request or registration, when known.</summary>
    public string? Code => Request?.RequestCode ?? Registration?.Registration.RegistrationCode;

    /// <summary>The step token of the request now.</summary>
    public string? CurrentStepToken => Request?.StepToken ?? Registration?.StepToken;

    /// <summary>The business step now (the custom status).</summary>
    public string? CurrentStep => Instance?.CustomStatus;

    /// <summary>True when the link was issued for the step the request is in now.</summary>
    public bool IsCurrentStep => Claims is not null && Claims.Step == CurrentStepToken;

    /// <summary>Who to contact about the request: the desk (or the event's organiser).</summary>
    public (string Name, string Email)? Contact =>
        Request is { } r ? (r.Desk.Name, r.Desk.Email)
        : Registration is { } g ? (g.Registration.OrganizerName, g.Registration.OrganizerEmail)
        : null;
}
