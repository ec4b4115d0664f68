using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Workflows.Host.Email;

/// <summary>The SendGrid Event Webhook endpoint: verify, parse, record.</summary>
public static partial class SendGridWebhookApi
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
        CancellationToken ct = default)
    {
        var logger = loggerFactory.CreateLogger(typeof(SendGridWebhookApi));
        if (verifier is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "The SendGrid event webhook is not configured.");
        }

        var body = await ReadBodyAsync(request, options?.Value.MaxBodyBytes ?? 4 * 1024 * 1024, ct);
        if (body is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "The webhook body is too large.");
        }

        var outcome = verifier.Verify(
            request.Headers[SendGridWebhookVerifier.SignatureHeader],
            request.Headers[SendGridWebhookVerifier.TimestampHeader],
            body);
        if (outcome != SendGridWebhookOutcome.Valid)
        {
            Log.WebhookRefused(logger, outcome);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "The webhook signature is not valid.",
                detail: outcome.ToString());
        }

        IReadOnlyList<EmailDeliveryEvent> events;
        try
        {
            events = SendGridWebhookParser.Parse(body);
        }
        catch (FormatException ex)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The webhook body is not a SendGrid event array.",
                detail: ex.Message);
        }

        foreach (var deliveryEvent in events)
        {
            await recorder.RecordAsync(deliveryEvent, ct);
        }

        Log.WebhookRecorded(logger, events.Count);
        return TypedResults.Ok();
    }

    // Reads the raw bytes (the signature covers them exactly); null past the limit.
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "SendGrid webhook refused: {Outcome}")]
        public static partial void WebhookRefused(ILogger logger, SendGridWebhookOutcome outcome);

        [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "SendGrid webhook recorded {Count} delivery events")]
        public static partial void WebhookRecorded(ILogger logger, int count);
    }
}
