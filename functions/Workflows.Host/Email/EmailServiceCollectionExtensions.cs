using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Workflows.Host.Email;

/// <summary>Registers the e-mail sender and the SendGrid webhook verifier.</summary>
public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="IEmailSender"/>: SendGrid when <c>Email:SendGrid:ApiKey</c> is set, SMTP when
    /// <c>Email:Smtp:Host</c> is set, otherwise the <see cref="LocalMailboxSender"/> (also registered as itself for
    /// the mailbox page). Registers <see cref="SendGridWebhookVerifier"/> when <c>Email:SendGrid:Webhook:PublicKey</c>
    /// is set. Options are validated at start.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);

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
                return new LocalMailboxSender(service.GetTableClient(options.TableName), provider.GetRequiredService<TimeProvider>());
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
