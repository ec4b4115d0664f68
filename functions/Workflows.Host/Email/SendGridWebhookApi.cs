using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Workflows.Host.Email;

/// <summary>The SendGrid Event Webhook endpoint: the web app's binding of <see cref="SendGridWebhookReceiver"/>.</summary>
public static class SendGridWebhookApi
{
    /// <summary>The default route.</summary>
    public const string DefaultPattern = "/webhooks/sendgrid/events";

    /// <summary>
    /// Maps <c>POST</c> <paramref name="pattern"/>: 401 ProblemDetails for a missing, bad or stale signature, 400 for
    /// a body that is not SendGrid's event array, 413 when too large, 404 when no webhook key is configured, 200 once
    /// every event is recorded (an exception from the recorder gives 500, and SendGrid retries).
    /// </summary>
    /// <remarks>Anonymous by design: the signature is the authentication. Add rate limiting on the group if needed.</remarks>
    public static RouteHandlerBuilder MapSendGridWebhook(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(pattern, HandleAsync)
            .WithName("SendGridEventWebhook")
            .WithSummary("Receives SendGrid's signed delivery events (delivered, bounce, dropped, deferred, spam report).")
            .WithTags("Email")
            .AllowAnonymous();
    }

    internal static async Task<Results<Ok, ProblemHttpResult>> HandleAsync(
        HttpRequest request,
        [FromServices] IEmailDeliveryRecorder recorder,
        [FromServices] ILoggerFactory loggerFactory,
        [FromServices] SendGridWebhookVerifier? verifier = null,
        [FromServices] IOptions<SendGridWebhookOptions>? options = null,
        CancellationToken ct = default) =>
        await SendGridWebhookReceiver.ReceiveAsync(request, verifier, options?.Value, recorder, loggerFactory.CreateLogger(typeof(SendGridWebhookApi)), ct) is { } problem
            ? TypedResults.Problem(problem)
            : TypedResults.Ok();
}
