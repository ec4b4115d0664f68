using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Workflows.Email;

/// <summary>
/// The SendGrid Event Webhook's handling, one for the web app's endpoint and the Function App's trigger (each keeps
/// only its binding): verify the signature over the raw body, parse, record each event. The answer is null for 200
/// once everything is recorded, else the problem: 404 when no webhook key is configured, 413 when too large, 401 for
/// a missing, bad or stale signature, 400 for a body that is not SendGrid's event array. An exception from the
/// recorder goes up (500), and SendGrid retries. Anonymous by design: the signature is the authentication.
/// </summary>
public static partial class SendGridWebhookReceiver
{
    /// <summary>Handles one webhook call.</summary>
    /// <param name="request">The call.</param>
    /// <param name="verifier">The signature check; null when no webhook key is configured.</param>
    /// <param name="options">The webhook's options (the body limit); null for the defaults.</param>
    /// <param name="recorder">Where the events go.</param>
    /// <param name="logger">Logs the refusals and the count recorded.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Null when every event is recorded, else the problem to answer.</returns>
    public static async Task<ProblemDetails?> ReceiveAsync(
        HttpRequest request,
        SendGridWebhookVerifier? verifier,
        SendGridWebhookOptions? options,
        IEmailDeliveryRecorder recorder,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(recorder);
        if (verifier is null)
        {
            return Problem(StatusCodes.Status404NotFound, "The SendGrid event webhook is not configured.");
        }

        var body = await ReadBodyAsync(request, (options ?? new SendGridWebhookOptions()).MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "The webhook body is too large.");
        }

        var outcome = verifier.Verify(request.Headers[SendGridWebhookVerifier.SignatureHeader], request.Headers[SendGridWebhookVerifier.TimestampHeader], body);
        if (outcome != SendGridWebhookOutcome.Valid)
        {
            WebhookRefused(logger, outcome);
            return Problem(StatusCodes.Status401Unauthorized, "The webhook signature is not valid.", outcome.ToString());
        }

        IReadOnlyList<EmailDeliveryEvent> events;
        try
        {
            events = SendGridWebhookParser.Parse(body);
        }
        catch (FormatException ex)
        {
            return Problem(StatusCodes.Status400BadRequest, "The webhook body is not a SendGrid event array.", ex.Message);
        }

        foreach (var deliveryEvent in events)
        {
            await recorder.RecordAsync(deliveryEvent, cancellationToken).ConfigureAwait(false);
        }

        WebhookRecorded(logger, events.Count);
        return null;
    }

    private static ProblemDetails Problem(int status, string title, string? detail = null) =>
        new() { Status = status, Title = title, Detail = detail };

    // The raw bytes (the signature covers them exactly); null past the limit.
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "SendGrid webhook refused: {Outcome}")]
    private static partial void WebhookRefused(ILogger logger, SendGridWebhookOutcome outcome);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "SendGrid webhook recorded {Count} delivery events")]
    private static partial void WebhookRecorded(ILogger logger, int count);
}
