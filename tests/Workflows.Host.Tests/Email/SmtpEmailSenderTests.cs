using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Workflows.Steps;
using Workflows.Host.Email;

namespace Workflows.Host.Tests.Email;

public sealed class SmtpEmailSenderTests
{
    private static EmailEnvelope Envelope(string? ics = "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n") => new(
        "mario.rossi@example.org",
        "Appuntamento annullato",
        "<p>L'appuntamento è annullato.</p>",
        "L'appuntamento è annullato.",
        ics,
        ics is null ? null : "CANCEL",
        new Dictionary<string, string> { ["instanceId"] = "0123456789abcdefghjkmnpqrs", ["outboxId"] = "ob-9" },
        "convocation-cancelled");

    private static SmtpOptions Options(int port = 25) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        From = "noreply@sportelli-innovazione.example",
        FromName = "Sportelli per l'innovazione",
        Security = SecureSocketOptions.None,
        Timeout = TimeSpan.FromSeconds(10),
    };

    [Fact]
    public void Given_an_invite_then_the_mime_is_mixed_with_text_before_html_and_the_calendar_part()
    {
        using var message = SmtpEmailSender.Compose(Envelope(), Options());

        var mixed = Assert.IsType<Multipart>(message.Body);
        Assert.Equal("multipart/mixed", mixed.ContentType.MimeType);
        var alternative = Assert.IsType<MultipartAlternative>(mixed[0]);
        Assert.Equal("text/plain", alternative[0].ContentType.MimeType);
        Assert.Equal("text/html", alternative[1].ContentType.MimeType);
        Assert.Equal("L'appuntamento è annullato.", message.TextBody);
        Assert.Equal("<p>L'appuntamento è annullato.</p>", message.HtmlBody);

        var invite = Assert.IsType<MimePart>(mixed[1]);
        Assert.Equal("text/calendar", invite.ContentType.MimeType);
        Assert.Equal("CANCEL", invite.ContentType.Parameters["method"]);
        Assert.Equal("invite.ics", invite.FileName);
        using var content = new MemoryStream();
        invite.Content!.DecodeTo(content);
        Assert.Equal("BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n", System.Text.Encoding.UTF8.GetString(content.ToArray()));

        Assert.Equal("noreply@sportelli-innovazione.example", ((MailboxAddress)message.From.Single()).Address);
        Assert.Equal("mario.rossi@example.org", ((MailboxAddress)message.To.Single()).Address);
        Assert.Equal("0123456789abcdefghjkmnpqrs", message.Headers["X-Workflow-instanceId"]);
        Assert.Equal("ob-9", message.Headers["X-Workflow-outboxId"]);
        Assert.EndsWith("@sportelli-innovazione.example", message.MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_no_invite_then_the_body_is_just_the_alternative()
    {
        using var message = SmtpEmailSender.Compose(Envelope(ics: null), Options());

        Assert.IsType<MultipartAlternative>(message.Body);
    }

    [Fact]
    public async Task Given_a_server_that_accepts_then_the_mail_arrives_and_the_message_id_comes_back()
    {
        await using var server = new TinySmtpServer();
        var sender = new SmtpEmailSender(Microsoft.Extensions.Options.Options.Create(Options(server.Port)));

        var result = await sender.SendAsync(Envelope(), CancellationToken.None);

        Assert.Equal("smtp", result.Provider);
        var data = Assert.Single(server.Messages);
        Assert.Contains("Message-Id: <" + result.MessageId + ">", data, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("text/calendar; method=CANCEL", data, StringComparison.Ordinal);
        Assert.Contains("<mario.rossi@example.org>", Assert.Single(server.Recipients), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("450 4.2.1 Mailbox busy, try later", true)]
    [InlineData("550 5.1.1 User unknown", false)]
    public async Task Given_a_refused_recipient_then_4xx_is_transient_and_5xx_permanent(string reply, bool transient)
    {
        await using var server = new TinySmtpServer { RcptReply = reply };
        var sender = new SmtpEmailSender(Microsoft.Extensions.Options.Options.Create(Options(server.Port)));

        var failure = await Assert.ThrowsAsync<OutboxDispatchException>(() => sender.SendAsync(Envelope(), CancellationToken.None));

        Assert.Equal(transient, failure.IsTransient);
        Assert.Contains(reply[..3], failure.Message, StringComparison.Ordinal);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task Given_nothing_listening_then_the_failure_is_transient()
    {
        int port;
        await using (var server = new TinySmtpServer())
        {
            port = server.Port;
        }

        var sender = new SmtpEmailSender(Microsoft.Extensions.Options.Options.Create(Options(port)));

        var failure = await Assert.ThrowsAsync<OutboxDispatchException>(() => sender.SendAsync(Envelope(), CancellationToken.None));

        Assert.True(failure.IsTransient);
    }
}
