using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Desk.Model;
using Workflows.Host.Email;
using Workflows.Host.Extensions;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Tests.Web;

public sealed class EmailSignInMailerTests
{
    private static readonly Uri Link = new("https://sportelli.example.it/sign-in/link?token=abc&returnUrl=%2Fdesk");

    [Fact]
    public void Given_an_Italian_request_then_the_mail_is_Italian_with_the_link_once_in_each_body_and_the_expiry_in_Rome_time()
    {
        var envelope = EmailSignInMailer.Compose(new("laura@comune.example", "Laura Bertolino", Link, new DateTimeOffset(2026, 3, 2, 8, 15, 0, TimeSpan.Zero), "it"));

        Assert.Equal("laura@comune.example", envelope.To);
        Assert.Equal("Il tuo link di accesso agli sportelli per l'innovazione", envelope.Subject);
        Assert.Contains("lang=\"it\"", envelope.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://sportelli.example.it/sign-in/link?token=abc&amp;returnUrl=%2Fdesk\"", envelope.Html, StringComparison.Ordinal);
        Assert.Contains("Accedi al servizio: " + Link.AbsoluteUri, envelope.Text, StringComparison.Ordinal);
        Assert.Contains("fino alle 09:15", envelope.Text, StringComparison.Ordinal);
        Assert.Null(envelope.Ics);
    }

    [Fact]
    public void Given_an_English_request_then_the_mail_is_English()
    {
        var envelope = EmailSignInMailer.Compose(new("a@b.example", "Ann", Link, new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero), "en"));

        Assert.Equal("Your sign-in link for the innovation desks", envelope.Subject);
        Assert.Contains("until 12:00 (Italian time)", envelope.Text, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", envelope.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_name_with_markup_then_it_is_encoded_in_the_html()
    {
        var envelope = EmailSignInMailer.Compose(new("a@b.example", "<b>Ann</b> & Co", Link, DateTimeOffset.UnixEpoch, "it"));

        Assert.Contains("&lt;b&gt;Ann&lt;/b&gt; &amp; Co", envelope.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Ann", envelope.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_mail_then_the_provider_gets_only_opaque_metadata()
    {
        var sender = new RecordingSender();

        await new EmailSignInMailer(sender).SendAsync(new("laura@comune.example", "Laura", Link, DateTimeOffset.UnixEpoch, "it"), CancellationToken.None);

        var envelope = Assert.Single(sender.Sent);
        envelope.EnsureOpaqueMetadata();
        Assert.Equal("staff-sign-in", envelope.Category);
        Assert.DoesNotContain(envelope.CustomArgs.Values, v => v.Contains("laura", StringComparison.Ordinal) || v.Contains("token", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_app_then_sign_in_links_go_through_the_email_sender_and_staff_come_from_the_network_directory()
    {
        var builder = WebApplication.CreateBuilder();

        builder.AddNetworkDirectory();
        builder.AddWebUi();

        Assert.Equal(typeof(EmailSignInMailer), builder.Services.Last(d => d.ServiceType == typeof(ISignInMailer)).ImplementationType);
        Assert.Equal(typeof(NetworkStaffDirectory), builder.Services.Last(d => d.ServiceType == typeof(IStaffDirectory)).ImplementationType);
        Assert.Single(builder.Services, d => d.ServiceType == typeof(NetworkDirectory));
    }

    private sealed class RecordingSender : IEmailSender
    {
        public List<EmailEnvelope> Sent { get; } = [];

        public Task<EmailSendResult> SendAsync(EmailEnvelope envelope, CancellationToken ct)
        {
            Sent.Add(envelope);
            return Task.FromResult(new EmailSendResult("test", "1"));
        }
    }
}
