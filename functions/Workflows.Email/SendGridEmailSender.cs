using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SendGrid;
using SendGrid.Helpers.Mail;
using SendGrid.Helpers.Reliability;
using Workflows.Steps;

namespace Workflows.Email;

/// <summary>Sends through SendGrid's v3 mail/send API with the official <see cref="SendGridClient"/>.</summary>
/// <remarks>
/// The client gets an <see cref="HttpClient"/> from the factory, so no <c>RetryDelegatingHandler</c> is in the
/// pipeline, and its <see cref="ReliabilitySettings"/> are set to no retries as well: that handler would not retry
/// a 429 anyway, and the outbox owns retry timing (honouring <c>X-RateLimit-Reset</c>). One call, one attempt.
/// </remarks>
public sealed class SendGridEmailSender : IEmailSender
{
    /// <summary>The name in <see cref="EmailSendResult.Provider"/>.</summary>
    public const string ProviderName = "sendgrid";

    private const int MaxReasonLength = 1000;

    private readonly SendGridClient _client;
    private readonly SendGridOptions _options;
    private readonly TimeProvider _time;

    /// <summary>Creates the sender over <paramref name="httpClient"/> (from the HTTP client factory).</summary>
    public SendGridEmailSender(HttpClient httpClient, IOptions<SendGridOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        var clientOptions = new SendGridClientOptions
        {
            ApiKey = _options.ApiKey,
            ReliabilitySettings = new ReliabilitySettings(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero),
            HttpErrorAsException = false,
        };
        if (!string.IsNullOrWhiteSpace(_options.Host))
        {
            clientOptions.Host = _options.Host;
        }

        _client = new SendGridClient(httpClient, clientOptions);
    }

    /// <inheritdoc />
    public async Task<EmailSendResult> SendAsync(EmailEnvelope envelope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        envelope.EnsureOpaqueMetadata();
        var message = Compose(envelope);

        Response response;
        try
        {
            response = await _client.SendEmailAsync(message, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
        {
            // Unreachable, reset or timed out: SendGrid may or may not have the message; the outbox retries
            // (a rare duplicate is the documented price of never losing one).
            throw new OutboxDispatchException("SendGrid could not be reached: " + ex.Message, isTransient: true, inner: ex);
        }

        if (response.IsSuccessStatusCode)
        {
            return new EmailSendResult(ProviderName, HeaderValue(response.Headers, "X-Message-Id"));
        }

        var status = (int)response.StatusCode;
        var reason = await ReasonAsync(response, ct);
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || status >= 500)
        {
            throw new OutboxDispatchException(reason, isTransient: true, retryAfter: RetryAfter(response.Headers));
        }

        throw new OutboxDispatchException(reason, isTransient: false);
    }

    private SendGridMessage Compose(EmailEnvelope envelope)
    {
        var message = new SendGridMessage
        {
            From = new EmailAddress(_options.FromEmail, _options.FromName),
            Subject = envelope.Subject,
            PlainTextContent = envelope.Text,
            HtmlContent = envelope.Html,
        };
        message.AddTo(new EmailAddress(envelope.To));
        if (envelope.Ics is not null)
        {
            message.AddAttachment(new Attachment
            {
                Content = Convert.ToBase64String(Encoding.UTF8.GetBytes(envelope.Ics)),
                Filename = "invite.ics",
                Type = envelope.IcsContentType,
                Disposition = "attachment",
            });
        }

        if (envelope.CustomArgs.Count > 0)
        {
            message.AddCustomArgs(new Dictionary<string, string>(envelope.CustomArgs, StringComparer.Ordinal));
        }

        message.AddCategory(envelope.Category);
        if (_options.SandboxMode)
        {
            message.SetSandBoxMode(true);
        }

        return message;
    }

    private TimeSpan? RetryAfter(HttpResponseHeaders headers)
    {
        var now = _time.GetUtcNow();
        if (long.TryParse(HeaderValue(headers, "X-RateLimit-Reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var reset))
        {
            return AtLeastOneSecond(DateTimeOffset.FromUnixTimeSeconds(reset) - now);
        }

        if (headers.RetryAfter?.Delta is { } delta)
        {
            return AtLeastOneSecond(delta);
        }

        return headers.RetryAfter?.Date is { } date ? AtLeastOneSecond(date - now) : null;
    }

    // A reset already in the past (clock skew) still means "not right now": never ask for an immediate retry.
    private static TimeSpan AtLeastOneSecond(TimeSpan wait) => wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait;

    private static string? HeaderValue(HttpResponseHeaders? headers, string name) =>
        headers is not null && headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static async Task<string> ReasonAsync(Response response, CancellationToken ct)
    {
        var status = string.Create(CultureInfo.InvariantCulture, $"SendGrid answered {(int)response.StatusCode} {response.StatusCode}");
        var body = response.Body is null ? string.Empty : await response.Body.ReadAsStringAsync(ct);
        var errors = ErrorMessages(body);
        var reason = errors.Count > 0 ? status + ": " + string.Join("; ", errors)
            : body.Length > 0 ? status + ": " + body
            : status;
        return reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength];
    }

    // SendGrid's error body: {"errors":[{"message":"...","field":"...","help":...}]}.
    private static List<string> ErrorMessages(string body)
    {
        var messages = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in errors.EnumerateArray())
                {
                    var message = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m)
                        ? m.GetString() : null;
                    var field = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("field", out var f)
                        && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
                    if (!string.IsNullOrEmpty(message))
                    {
                        messages.Add(field is null ? message : $"{message} ({field})");
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page): the raw body is the reason.
        }

        return messages;
    }
}
