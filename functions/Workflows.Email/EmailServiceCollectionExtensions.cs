using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workflows.Desk.Links;
using Workflows.Steps;

namespace Workflows.Email;

/// <summary>Registers e-mail sending (the outbox dispatcher and one sender) and the SendGrid webhook verifier.</summary>
public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="IEmailSender"/>: SendGrid when <c>Email:SendGrid:ApiKey</c> is set, SMTP when
    /// <c>Email:Smtp:Host</c> is set, otherwise the <see cref="LocalMailboxSender"/> (also registered as itself for
    /// the mailbox page). Registers <see cref="SendGridWebhookVerifier"/> when <c>Email:SendGrid:Webhook:PublicKey</c>
    /// is set. Registers the <see cref="IOutboxDispatcher"/> (<see cref="EmailDispatcher"/>) with what it needs: the
    /// link keys (<c>ActionLinks</c>) and the site address (<c>Site:BaseUrl</c>). Options are validated at start. The web
    /// app and the Function App both call it.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<EmailSiteOptions>().Bind(configuration.GetSection(EmailSiteOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ActionLinkKeys>().Bind(configuration.GetSection(ActionLinkKeys.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => new ActionLinkSigner(sp.GetRequiredService<IOptions<ActionLinkKeys>>().Value));
        services.TryAddSingleton<IOutboxDispatcher, EmailDispatcher>();

        if (!string.IsNullOrWhiteSpace(configuration[SendGridOptions.SectionName + ":ApiKey"]))
        {
            services.AddOptions<SendGridOptions>()
                .Bind(configuration.GetSection(SendGridOptions.SectionName))
                .ValidateDataAnnotations()
                .ValidateOnStart();
            services.AddHttpClient<IEmailSender, SendGridEmailSender>((provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<SendGridOptions>>().Value.Timeout);
        }
        else if (!string.IsNullOrWhiteSpace(configuration[SmtpOptions.SectionName + ":Host"]))
        {
            services.AddOptions<SmtpOptions>()
                .Bind(configuration.GetSection(SmtpOptions.SectionName))
                .ValidateDataAnnotations()
                .ValidateOnStart();
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            services.AddOptions<LocalMailboxOptions>()
                .Bind(configuration.GetSection(LocalMailboxOptions.SectionName))
                .ValidateDataAnnotations()
                .ValidateOnStart();
            services.AddSingleton(provider =>
            {
                var options = provider.GetRequiredService<IOptions<LocalMailboxOptions>>().Value;
                var service = string.IsNullOrWhiteSpace(options.ConnectionString)
                    ? provider.GetService<TableServiceClient>() ?? new TableServiceClient("UseDevelopmentStorage=true")
                    : new TableServiceClient(options.ConnectionString);
                return new LocalMailboxSender(service.GetTableClient(options.TableName), provider.GetRequiredService<TimeProvider>(), options.UnavailableUntil);
            });
            services.AddSingleton<IEmailSender>(provider => provider.GetRequiredService<LocalMailboxSender>());
        }

        if (!string.IsNullOrWhiteSpace(configuration[SendGridWebhookOptions.SectionName + ":PublicKey"]))
        {
            services.AddOptions<SendGridWebhookOptions>()
                .Bind(configuration.GetSection(SendGridWebhookOptions.SectionName))
                .ValidateDataAnnotations()
                .ValidateOnStart();
            services.AddSingleton<SendGridWebhookVerifier>();
        }

        return services;
    }
}
