using Microsoft.AspNetCore.Http;
using SendGrid;
using SendGrid.Helpers.Mail;
using SendGrid.Helpers.Reliability;

namespace Workflows.Host.Tests.Email;

/// <summary>
/// Pins the premise of the sender's design: the SendGrid client's own retry handler never retries a 429, so retry
/// timing (and X-RateLimit-Reset) has to live in the outbox. If a client upgrade changes this, this test says so.
/// </summary>
public sealed class SendGridClientRetryTests
{
    private static async Task<int> AttemptsWithTheClientsOwnRetries(int status)
    {
        await using var server = await RecordingHttpServer.StartAsync();
        server.Respond = context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        };
        var client = new SendGridClient(new SendGridClientOptions
        {
            ApiKey = "SG.k",
            Host = server.BaseAddress,
            ReliabilitySettings = new ReliabilitySettings(
                2, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(10)),
        });
        var message = new SendGridMessage
        {
            From = new EmailAddress("a@example.org"),
            Subject = "s",
            PlainTextContent = "t",
        };
        message.AddTo("b@example.org");

        try
        {
            var response = await client.SendEmailAsync(message);
            Assert.Equal(status, (int)response.StatusCode);
        }
        catch (HttpRequestException)
        {
            // After its last retry the handler throws instead of returning the response (its status is lost).
        }

        return server.Requests.Count;
    }

    [Fact]
    public async Task Given_the_clients_own_retries_then_a_429_is_not_retried()
    {
        Assert.Equal(1, await AttemptsWithTheClientsOwnRetries(StatusCodes.Status429TooManyRequests));
    }

    [Fact]
    public async Task Given_the_clients_own_retries_then_a_503_is_retried_which_is_why_the_sender_turns_them_off()
    {
        Assert.Equal(3, await AttemptsWithTheClientsOwnRetries(StatusCodes.Status503ServiceUnavailable));
    }
}
