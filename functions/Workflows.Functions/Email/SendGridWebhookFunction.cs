using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using Workflows.Email;
using Workflows.Orchestration.Orchestrators;
using Workflows.Orchestration.Views;

namespace Workflows.Functions.Email;

/// <summary>
/// The SendGrid Event Webhook (<c>POST /webhooks/sendgrid/events</c>): verify the signature over the raw body, parse,
/// record each event. 404 when no webhook key is configured, 401 for a bad or stale signature, 413 when too large,
/// 400 for a body that is not SendGrid's event array, 200 once everything is recorded (an exception gives 500 and
/// SendGrid retries). Anonymous by design: the signature is the authentication.
/// </summary>
public sealed partial class SendGridWebhookFunction(IServiceProvider services, WorkflowViewStore views, ILogger<SendGridWebhookFunction> logger)
{
    /// <summary>The function's name.</summary>
    public const string Name = "SendGridEventWebhook";

    /// <summary>The route (host.json's route prefix is empty: the same path as the web app's).</summary>
    public const string Route = "webhooks/sendgrid/events";

    private const int DefaultMaxBodyBytes = 4 * 1024 * 1024;

    /// <summary>Handles one webhook call.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route)] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (services.GetService<SendGridWebhookVerifier>() is not { } verifier)
        {
            return Problem(StatusCodes.Status404NotFound, "The SendGrid event webhook is not configured.");
        }

        var max = services.GetService<Microsoft.Extensions.Options.IOptions<SendGridWebhookOptions>>()?.Value.MaxBodyBytes ?? DefaultMaxBodyBytes;
        if (await ReadBodyAsync(request, max, cancellationToken) is not { } body)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "The webhook body is too large.");
        }

        var outcome = verifier.Verify(request.Headers[SendGridWebhookVerifier.SignatureHeader], request.Headers[SendGridWebhookVerifier.TimestampHeader], body);
        if (outcome != SendGridWebhookOutcome.Valid)
        {
            Refused(logger, outcome);
            return Problem(StatusCodes.Status401Unauthorized, "The webhook signature is not valid.", outcome.ToString());
        }

        IReadOnlyList<EmailDeliveryEvent> events;
        try
        {
            events = SendGridWebhookParser.Parse(body);
        }
        catch (FormatException e)
        {
            return Problem(StatusCodes.Status400BadRequest, "The webhook body is not a SendGrid event array.", e.Message);
        }

        var recorder = new DurableDeliveryRecorder(views, (id, signal, ct) => client.RaiseEventAsync(id, WorkflowSignal.EventName, signal, ct));
        foreach (var deliveryEvent in events)
        {
            await recorder.RecordAsync(deliveryEvent, cancellationToken);
        }

        Recorded(logger, events.Count);
        return new OkResult();
    }

    // ProblemDetails as the web app answers them (the isolated worker's ASP.NET Core integration returns IActionResult).
    private static ObjectResult Problem(int status, string title, string? detail = null) =>
        new(new ProblemDetails { Status = status, Title = title, Detail = detail })
        {
            StatusCode = status,
            ContentTypes = { "application/problem+json" },
        };

    // The raw bytes (the signature covers them exactly); null past the limit.
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

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "SendGrid webhook refused: {Outcome}")]
    private static partial void Refused(ILogger logger, SendGridWebhookOutcome outcome);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "SendGrid webhook: {Count} events recorded")]
    private static partial void Recorded(ILogger logger, int count);
}
