using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Workflows.Email;
using Workflows.Orchestration.Orchestrators;
using Workflows.Orchestration.Views;

namespace Workflows.Functions.Email;

/// <summary>
/// The SendGrid Event Webhook (<c>POST /webhooks/sendgrid/events</c>), the Function App's binding of
/// <see cref="SendGridWebhookReceiver"/>: verify the signature over the raw body, parse, record each event. 404 when
/// no webhook key is configured, 401 for a bad or stale signature, 413 when too large, 400 for a body that is not
/// SendGrid's event array, 200 once everything is recorded (an exception gives 500 and SendGrid retries). Anonymous
/// by design: the signature is the authentication.
/// </summary>
public sealed class SendGridWebhookFunction(IServiceProvider services, WorkflowViewStore views, ILogger<SendGridWebhookFunction> logger)
{
    /// <summary>The function's name.</summary>
    public const string Name = "SendGridEventWebhook";

    /// <summary>The route (host.json's route prefix is empty: the same path as the web app's).</summary>
    public const string Route = "webhooks/sendgrid/events";

    /// <summary>Handles one webhook call.</summary>
    [Function(Name)]
    public async Task<IActionResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Route)] HttpRequest request,
        [DurableClient] DurableTaskClient client,
        CancellationToken cancellationToken)
    {
        var recorder = new DurableDeliveryRecorder(views, (id, signal, ct) => client.RaiseEventAsync(id, WorkflowSignal.EventName, signal, ct));
        var problem = await SendGridWebhookReceiver.ReceiveAsync(
            request, services.GetService<SendGridWebhookVerifier>(), services.GetService<IOptions<SendGridWebhookOptions>>()?.Value, recorder, logger, cancellationToken);

        // ProblemDetails as the web app answers them (the isolated worker's ASP.NET Core integration returns IActionResult).
        return problem is null
            ? new OkResult()
            : new ObjectResult(problem) { StatusCode = problem.Status, ContentTypes = { "application/problem+json" } };
    }
}
