using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Workflows.Steps;
using Workflows.Host.Email;

namespace Workflows.Host.Tests.Email;

public sealed class SendGridEmailSenderTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    private static EmailEnvelope Envelope(string? ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n") => new(
        To: "mario.rossi@example.org",
        Subject: "Convocazione allo sportello di Burolo",
        Html: "<p>Gentile richiedente, è convocato.</p>",
        Text: "Gentile richiedente, è convocato.",
        Ics: ics,
        IcsMethod: ics is null ? null : "REQUEST",
        CustomArgs: new Dictionary<string, string>
        {
            [EmailEnvelope.InstanceIdArg] = "0123456789abcdefghjkmnpqrs",
            [EmailEnvelope.OutboxIdArg] = "ob-0007",
        },
        Category: "convocation");

    private static SendGridEmailSender Sender(RecordingHttpServer server, bool sandbox = false) => new(
        new HttpClient(),
        Options.Create(new SendGridOptions
        {
            ApiKey = "SG.test-key",
            FromEmail = "noreply@sportelli-innovazione.example",
            FromName = "Sportelli per l'innovazione",
            SandboxMode = sandbox,
            Host = server.BaseAddress,
        }),
        new FakeTimeProvider(Now));

    [Fact]
    public async Task Given_an_envelope_when_sent_then_the_client_posts_exactly_this_json_and_returns_the_message_id()
    {
        await using var server = await RecordingHttpServer.StartAsync();
        server.Respond = context =>
        {
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            context.Response.Headers["X-Message-Id"] = "W4d9lkL3Q1mzXyZ";
            return Task.CompletedTask;
        };

        var result = await Sender(server, sandbox: true).SendAsync(Envelope(), CancellationToken.None);

        Assert.Equal(new EmailSendResult("sendgrid", "W4d9lkL3Q1mzXyZ"), result);
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/mail/send", request.PathAndQuery);
        Assert.Equal("Bearer SG.test-key", request.Headers["Authorization"]);

        using var json = JsonDocument.Parse(request.Body);
        var root = json.RootElement;
        Assert.Equal("noreply@sportelli-innovazione.example", root.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("Sportelli per l'innovazione", root.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal("Convocazione allo sportello di Burolo", root.GetProperty("subject").GetString());
        var personalization = Assert.Single(root.GetProperty("personalizations").EnumerateArray());
        var to = Assert.Single(personalization.GetProperty("to").EnumerateArray());
        Assert.Equal("mario.rossi@example.org", to.GetProperty("email").GetString());

        var content = root.GetProperty("content").EnumerateArray().ToList();
        Assert.Equal(2, content.Count);
        Assert.Equal("text/plain", content[0].GetProperty("type").GetString());
        Assert.Equal("Gentile richiedente, è convocato.", content[0].GetProperty("value").GetString());
        Assert.Equal("text/html", content[1].GetProperty("type").GetString());
        Assert.Equal("<p>Gentile richiedente, è convocato.</p>", content[1].GetProperty("value").GetString());

        var attachment = Assert.Single(root.GetProperty("attachments").EnumerateArray());
        Assert.Equal("invite.ics", attachment.GetProperty("filename").GetString());
        Assert.Equal("text/calendar; method=REQUEST", attachment.GetProperty("type").GetString());
        Assert.Equal("attachment", attachment.GetProperty("disposition").GetString());
        Assert.Equal(
            "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n",
            Encoding.UTF8.GetString(Convert.FromBase64String(attachment.GetProperty("content").GetString()!)));

        // The client puts them on the personalization; SendGrid returns them in every event of that recipient.
        var customArgs = personalization.GetProperty("custom_args");
        Assert.Equal("0123456789abcdefghjkmnpqrs", customArgs.GetProperty("instanceId").GetString());
        Assert.Equal("ob-0007", customArgs.GetProperty("outboxId").GetString());
        Assert.Equal(2, customArgs.EnumerateObject().Count());
        Assert.Equal(["convocation"], root.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.True(root.GetProperty("mail_settings").GetProperty("sandbox_mode").GetProperty("enable").GetBoolean());

        // The address appears only where it must: in the recipient, never in the metadata.
        Assert.DoesNotContain("mario", customArgs.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_no_invite_and_no_sandbox_then_neither_is_in_the_request()
    {
        await using var server = await RecordingHttpServer.StartAsync();

        await Sender(server).SendAsync(Envelope(ics: null), CancellationToken.None);

        using var json = JsonDocument.Parse(Assert.Single(server.Requests).Body);
        Assert.False(json.RootElement.TryGetProperty("attachments", out _));
        Assert.False(json.RootElement.TryGetProperty("mail_settings", out var settings)
            && settings.TryGetProperty("sandbox_mode", out _));
    }

    [Fact]
    public async Task Given_a_429_with_a_rate_limit_reset_then_the_failure_is_transient_with_that_wait_and_not_retried()
    {
        await using var server = await RecordingHttpServer.StartAsync();
        server.Respond = async context =>
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers["X-RateLimit-Reset"] = Now.AddSeconds(42).ToUnixTimeSeconds().ToString();
            await context.Response.WriteAsync("""{"errors":[{"field":null,"message":"too many requests"}]}""");
        };

        var failure = await Assert.ThrowsAsync<OutboxDispatchException>(
            () => Sender(server).SendAsync(Envelope(), CancellationToken.None));

        Assert.True(failure.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(42), failure.RetryAfter);
        Assert.Contains("429", failure.Message, StringComparison.Ordinal);
        Assert.Contains("too many requests", failure.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Given_a_429_with_retry_after_seconds_then_that_is_the_wait()
    {
        await using var server = await RecordingHttpServer.StartAsync();
        server.Respond = context =>
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            context.Response.Headers.RetryAfter = "17";
            return Task.CompletedTask;
        };

        var failure = await Assert.ThrowsAsync<OutboxDispatchException>(
            () => Sender(server).SendAsync(Envelope(), CancellationToken.None));

        Assert.True(failure.IsTransient);
        Assert.Equal(TimeSpan.FromSeconds(17), failure.RetryAfter);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Given_a_server_error_then_the_failure_is_transient_and_the_client_did_not_retry(int status)
    {
        await using var server = await RecordingHttpServer.StartAsync();
        server.Respond = context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        };

        var failure = await Assert.ThrowsAsync<OutboxDispatchException>(
            () => Sender(server).SendAsync(Envelope(), CancellationToken.None));

        Assert.True(failure.IsTransient);
        Assert.Null(failure.RetryAfter);
        Assert.Contains(status.ToString(), failure.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Given_a_400_then_the_failure_is_permanent_with_sendgrids_error_text()
    {
        await using var server = await RecordingHttpServer.StartAsync();
        server.Respond = async context =>
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(
                """{"errors":[{"message":"The from address does not match a verified Sender Identity.","field":"from","help":null}]}""");
        };

        var failure = await Assert.ThrowsAsync<OutboxDispatchException>(
            () => Sender(server).SendAsync(Envelope(), CancellationToken.None));

        Assert.False(failure.IsTransient);
        Assert.Null(failure.RetryAfter);
        Assert.Equal(
            "SendGrid answered 400 BadRequest: The from address does not match a verified Sender Identity. (from)",
            failure.Message);
    }

    [Fact]
    public async Task Given_nothing_listening_then_the_failure_is_transient()
    {
        string address;
        await using (var server = await RecordingHttpServer.StartAsync())
        {
            address = server.BaseAddress;
        }

        var sender = new SendGridEmailSender(
            new HttpClient(),
            Options.Create(new SendGridOptions { ApiKey = "SG.k", FromEmail = "a@example.org", Host = address }),
            new FakeTimeProvider(Now));

        var failure = await Assert.ThrowsAsync<OutboxDispatchException>(
            () => sender.SendAsync(Envelope(), CancellationToken.None));

        Assert.True(failure.IsTransient);
        Assert.IsType<HttpRequestException>(failure.InnerException);
    }

    [Fact]
    public async Task Given_personal_data_in_the_metadata_then_nothing_is_sent()
    {
        await using var server = await RecordingHttpServer.StartAsync();
        var leaky = Envelope() with
        {
            CustomArgs = new Dictionary<string, string> { ["applicant"] = "mario.rossi@example.org" },
        };

        await Assert.ThrowsAsync<ArgumentException>(() => Sender(server).SendAsync(leaky, CancellationToken.None));
        Assert.Empty(server.Requests);
    }
}
