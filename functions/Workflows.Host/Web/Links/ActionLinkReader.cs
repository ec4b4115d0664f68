using System.Text.Json;
using Workflows.Desk.Events;
using Workflows.Desk.Links;
using Workflows.Desk.Requests;
using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Web.Links;

/// <summary>
/// Verifies a presented action link (signature and expiry with the app's <see cref="TimeProvider"/>), loads the
/// request it names and works out who it was sent to. Reads only: nothing is consumed or changed here.
/// </summary>
/// <remarks>One reading per HTTP request is kept in <see cref="HttpContext.Items"/>: the culture provider and the page share it.</remarks>
public sealed class ActionLinkReader(ActionLinkSigner signer, IWorkflowQueries queries, TimeProvider time)
{
    private const string ItemKey = "action-link-reading";

    /// <summary>The reading of <paramref name="token"/>/<paramref name="action"/> for this HTTP request (loaded once).</summary>
    public async Task<LinkReading> ReadAsync(HttpContext context, string? token, string? action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(ItemKey, out var cached) && cached is Cached c && c.Token == token && c.Action == action)
        {
            return c.Reading;
        }

        var fresh = await LoadAsync(token, action, cancellationToken);
        context.Items[ItemKey] = new Cached(token, action, fresh);
        return fresh;
    }

    /// <summary>Reads the link afresh (after the request may have changed).</summary>
    public async Task<LinkReading> LoadAsync(string? token, string? action, CancellationToken cancellationToken)
    {
        var check = signer.Verify(token, time.GetUtcNow());
        if (check.Outcome is not (ActionLinkOutcome.Valid or ActionLinkOutcome.Expired) || check.Claims is not { } claims)
        {
            return new LinkReading(LinkStatus.Invalid);
        }

        if (action is null || !claims.Allows(action) || !InstanceId.TryParse(claims.InstanceId, out var id))
        {
            return new LinkReading(LinkStatus.Invalid);
        }

        var instance = await queries.GetInstanceAsync(id, includeTimeline: false, cancellationToken);
        var spec = instance is null ? null : LinkActions.Find(instance.Name, action);
        if (instance is null || spec is null)
        {
            return instance is null
                ? new LinkReading(check.Outcome == ActionLinkOutcome.Expired ? LinkStatus.Expired : LinkStatus.UnknownRequest, claims)
                : new LinkReading(LinkStatus.Invalid, claims);
        }

        var status = check.Outcome == ActionLinkOutcome.Expired ? LinkStatus.Expired : LinkStatus.Found;
        try
        {
            switch (instance.Name)
            {
                case DeskRequestWorkflow.WorkflowName:
                    var request = instance.State?.Deserialize<DeskRequestState>(WorkflowJson.Options);
                    if (request is null)
                    {
                        break;
                    }

                    var (party, culture) = RecipientOf(claims, request);
                    return new LinkReading(status, claims, spec, instance, Request: request, Recipient: party, Culture: culture);
                case EventRegistrationWorkflow.WorkflowName:
                    var registration = instance.State?.Deserialize<EventRegistrationState>(WorkflowJson.Options);
                    if (registration is null)
                    {
                        break;
                    }

                    var isRegistrant = signer.IsFor(claims, registration.Registration.RegistrantEmail);
                    return new LinkReading(
                        status, claims, spec, instance, Registration: registration,
                        Recipient: isRegistrant ? LinkParty.Registrant : LinkParty.Unknown,
                        Culture: isRegistrant ? global::Workflows.Desk.Model.Cultures.Normalize(registration.Registration.Culture) : null);
            }
        }
        catch (JsonException)
        {
            // A state this version cannot read (a newer deployment wrote it): treat as not servable, never a 500.
        }

        return new LinkReading(LinkStatus.UnknownRequest, claims);
    }

    private (LinkParty Party, string? Culture) RecipientOf(ActionLinkClaims claims, DeskRequestState s)
    {
        static string C(string culture) => global::Workflows.Desk.Model.Cultures.Normalize(culture);

        if (s.Applicant.HasEmail ? signer.IsFor(claims, s.Applicant.Email!) : signer.IsFor(claims, s.Desk.Email))
        {
            return (LinkParty.Applicant, C(s.Applicant.HasEmail ? s.Applicant.Culture : s.Desk.Culture));
        }

        if (s.CurrentPartner() is { } current && current.ReviewerEmails.Any(e => !string.IsNullOrWhiteSpace(e) && signer.IsFor(claims, e)))
        {
            return (LinkParty.Partner, C(current.Culture));
        }

        if (s.Network.CoordinatorEmails.Any(e => !string.IsNullOrWhiteSpace(e) && signer.IsFor(claims, e)))
        {
            return (LinkParty.Coordinator, C(s.Network.Culture));
        }

        var former = s.Partners.FirstOrDefault(p => p.Id != s.PartnerId && p.ReviewerEmails.Any(e => !string.IsNullOrWhiteSpace(e) && signer.IsFor(claims, e)));
        if (former is not null)
        {
            return (LinkParty.FormerPartner, C(former.Culture));
        }

        return signer.IsFor(claims, s.Desk.Email) ? (LinkParty.Desk, C(s.Desk.Culture)) : (LinkParty.Unknown, null);
    }

    private sealed record Cached(string? Token, string? Action, LinkReading Reading);
}
