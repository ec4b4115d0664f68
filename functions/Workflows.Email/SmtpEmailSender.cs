using System.Net.Sockets;
using System.Text;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;
using Workflows.Steps;

namespace Workflows.Email;

/// <summary>Sends over SMTP with MailKit: one connection per mail, one attempt.</summary>
/// <remarks>
/// Replies 4xx and network failures are transient (the outbox retries); 5xx replies and refused authentication
/// are permanent. The opaque ids travel as <c>X-Workflow-*</c> headers, never personal data.
/// </remarks>
public sealed class SmtpEmailSender : IEmailSender
{
    /// <summary>The name in <see cref="EmailSendResult.Provider"/>.</summary>
    public const string ProviderName = "smtp";

    private readonly SmtpOptions _options;

    /// <summary>Creates the sender.</summary>
    public SmtpEmailSender(IOptions<SmtpOptions> options) => _options = options.Value;

    /// <inheritdoc />
    public async Task<EmailSendResult> SendAsync(EmailEnvelope envelope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        envelope.EnsureOpaqueMetadata();
        using var message = Compose(envelope, _options);

        using var client = new SmtpClient { Timeout = (int)_options.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(_options.Host, _options.Port, _options.Security, ct);
            if (!string.IsNullOrEmpty(_options.User))
            {
                await client.AuthenticateAsync(_options.User, _options.Password ?? string.Empty, ct);
            }

            await client.SendAsync(message, ct);
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (SmtpCommandException ex)
        {
            var code = (int)ex.StatusCode;
            throw new OutboxDispatchException($"SMTP server answered {code}: {ex.Message}", isTransient: code is >= 400 and < 500, inner: ex);
        }
        catch (AuthenticationException ex)
        {
            throw new OutboxDispatchException("SMTP authentication refused: " + ex.Message, isTransient: false, inner: ex);
        }
        catch (Exception ex) when (ex is SmtpProtocolException or ServiceNotConnectedException or IOException
            or SocketException or TimeoutException or OperationCanceledException or SslHandshakeException)
        {
            throw new OutboxDispatchException("SMTP server could not be reached: " + ex.Message, isTransient: true, inner: ex);
        }

        return new EmailSendResult(ProviderName, message.MessageId);
    }

    /// <summary>
    /// Builds the MIME message: <c>multipart/mixed</c> of a <c>multipart/alternative</c> (plain text, then HTML) and,
    /// with an invite, <c>invite.ics</c> as <c>text/calendar; method=...</c>.
    /// </summary>
    internal static MimeMessage Compose(EmailEnvelope envelope, SmtpOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(MailboxAddress.Parse(envelope.To));
        message.Subject = envelope.Subject;
        message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId(
            options.From[(options.From.IndexOf('@', StringComparison.Ordinal) + 1)..]);
        foreach (var (key, value) in envelope.CustomArgs)
        {
            message.Headers.Add("X-Workflow-" + key, value);
        }

        message.Headers.Add("X-Workflow-Category", envelope.Category);

        var alternative = new MultipartAlternative
        {
            new TextPart("plain") { Text = envelope.Text },
            new TextPart("html") { Text = envelope.Html },
        };
        if (envelope.Ics is null)
        {
            message.Body = alternative;
            return message;
        }

        var invite = new MimePart("text", "calendar")
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(envelope.Ics))),
            ContentTransferEncoding = ContentEncoding.Base64,
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = "invite.ics" },
        };
        invite.ContentType.Parameters.Add("method", envelope.IcsMethod ?? "REQUEST");
        invite.ContentType.Charset = "utf-8";
        invite.ContentType.Name = "invite.ics";
        message.Body = new Multipart("mixed") { alternative, invite };
        return message;
    }
}
