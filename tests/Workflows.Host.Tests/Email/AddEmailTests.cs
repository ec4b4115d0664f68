using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Workflows.Host.Email;

namespace Workflows.Host.Tests.Email;

public sealed class AddEmailTests
{
    [Fact]
    public async Task Given_no_link_keys_then_the_host_refuses_to_start_since_the_dispatcher_could_not_sign_links()
    {
        using var host = Build(new() { ["ActionLinks:CurrentKeyId"] = string.Empty });

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        // The dispatcher AddEmail registers signs links: a valid key ring, so only the e-mail settings are judged.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ActionLinks:CurrentKeyId"] = "k1",
            ["ActionLinks:Keys:k1"] = Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray()),
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddEmail(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public void Given_no_provider_configured_then_the_local_mailbox_is_the_sender()
    {
        using var host = Build([]);

        var sender = host.Services.GetRequiredService<IEmailSender>();

        Assert.IsType<LocalMailboxSender>(sender);
        Assert.Same(sender, host.Services.GetRequiredService<LocalMailboxSender>());
        Assert.Equal("LocalMailbox", host.Services.GetRequiredService<IOptions<LocalMailboxOptions>>().Value.TableName);
        Assert.Null(host.Services.GetService<SendGridWebhookVerifier>());
    }

    [Fact]
    public void Given_a_sendgrid_api_key_then_sendgrid_is_the_sender()
    {
        using var host = Build(new()
        {
            ["Email:SendGrid:ApiKey"] = "SG.k",
            ["Email:SendGrid:FromEmail"] = "noreply@sportelli-innovazione.example",
            ["Email:SendGrid:SandboxMode"] = "true",
            ["Email:Smtp:Host"] = "smtp.example.org",
        });

        Assert.IsType<SendGridEmailSender>(host.Services.GetRequiredService<IEmailSender>());
        Assert.True(host.Services.GetRequiredService<IOptions<SendGridOptions>>().Value.SandboxMode);
        Assert.Null(host.Services.GetService<LocalMailboxSender>());
    }

    [Fact]
    public void Given_an_smtp_host_then_smtp_is_the_sender()
    {
        using var host = Build(new()
        {
            ["Email:Smtp:Host"] = "smtp.example.org",
            ["Email:Smtp:From"] = "noreply@sportelli-innovazione.example",
        });

        Assert.IsType<SmtpEmailSender>(host.Services.GetRequiredService<IEmailSender>());
    }

    [Fact]
    public void Given_a_webhook_key_then_the_verifier_is_registered()
    {
        using var key = new SendGridSigningKey();
        using var host = Build(new() { ["Email:SendGrid:Webhook:PublicKey"] = key.PublicKey });

        Assert.NotNull(host.Services.GetService<SendGridWebhookVerifier>());
    }

    [Theory]
    [InlineData("Email:SendGrid:ApiKey", "SG.k", "Email:SendGrid:FromEmail", "not-an-address")]
    [InlineData("Email:SendGrid:ApiKey", "SG.k", "Email:SendGrid:Host", "not a url")]
    [InlineData("Email:Smtp:Host", "smtp.example.org", "Email:Smtp:Port", "0")]
    [InlineData("Email:LocalMailbox:TableName", "no", "Email:LocalMailbox:ConnectionString", "")]
    [InlineData("Email:SendGrid:Webhook:PublicKey", "bm90IGEga2V5", "Email:SendGrid:Webhook:MaxClockSkew", "00:05:00")]
    public async Task Given_invalid_settings_then_the_host_refuses_to_start(string key1, string value1, string key2, string value2)
    {
        using var host = Build(new() { [key1] = value1, [key2] = value2 });

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }
}
