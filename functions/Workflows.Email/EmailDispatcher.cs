using System.Text.Json;
using Microsoft.Extensions.Options;
using Workflows.Desk.Email;
using Workflows.Desk.Invites;
using Workflows.Desk.Links;
using Workflows.Steps;

namespace Workflows.Email;

/// <summary>
/// The outbox port (<see cref="IOutboxDispatcher"/>) the send activity calls: turns a committed <see cref="SendEmail"/> effect into a real e-mail — signs its
/// action links (one single-use link id per e-mail), renders the template, attaches the invite — and sends it.
/// </summary>
public sealed class EmailDispatcher(
    IEmailSender sender,
    ActionLinkSigner signer,
    IOptions<EmailSiteOptions> site,
    TimeProvider time) : IOutboxDispatcher
{
    /// <inheritdoc />
    public async Task<string?> DispatchAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var baseUrl = site.Value.BaseUrl.TrimEnd('/');
        var model = item.Email.Model;
        RenderedEmail rendered;
        string? ics = null;
        string? icsMethod = null;
        try
        {
            var actionUrls = SignLinks(item, model, baseUrl);
            rendered = EmailRenderer.Render(item.Email, actionUrls, baseUrl);
            if (Read<ConvocationInvite>(model, "invite") is { } invite)
            {
                ics = IcsInvite.Build(invite, time.GetUtcNow());
                icsMethod = IcsInvite.MethodOf(invite);
            }
        }
        catch (Exception ex) when (ex is KeyNotFoundException or JsonException or ArgumentException or FormatException or InvalidOperationException)
        {
            // A template or model that cannot be rendered will not render on retry either.
            throw new OutboxDispatchException($"Cannot render '{item.Email.Template}': {ex.GetType().Name}", isTransient: false, inner: ex);
        }

        var envelope = new EmailEnvelope(
            item.Email.To,
            rendered.Subject,
            rendered.Html,
            rendered.Text,
            ics,
            icsMethod,
            new Dictionary<string, string>
            {
                [EmailEnvelope.InstanceIdArg] = item.InstanceId.Value,
                [EmailEnvelope.OutboxIdArg] = item.Id,
            },
            item.Email.Template);
        var result = await sender.SendAsync(envelope, cancellationToken);
        return result.MessageId;
    }

    /// <summary>One token per e-mail, scoped to the instance, step, recipient and actions; one URL per action.</summary>
    private Dictionary<string, string> SignLinks(OutboxItem item, JsonElement model, string baseUrl)
    {
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Read<EmailActions>(model, "links") is not { Actions.Count: > 0 } links)
        {
            return urls;
        }

        var token = signer.Create(new ActionLinkClaims(
            item.InstanceId.Value,
            links.Step,
            item.Email.To,
            links.Actions,
            links.ExpiresAt,
            ActionLinkClaims.LinkIdFor(item.InstanceId.Value, item.Id)));
        foreach (var action in links.Actions)
        {
            urls[action] = ActionLinkUrls.For(baseUrl, token, action);
        }

        return urls;
    }

    private static T? Read<T>(JsonElement model, string property) =>
        model.ValueKind == JsonValueKind.Object && model.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Object
            ? value.Deserialize<T>(WorkflowJson.Options)
            : default;
}
