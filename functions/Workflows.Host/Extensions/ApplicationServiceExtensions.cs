using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;
using Workflows.Desk.Links;
using Workflows.Steps;
using Workflows.Host.Email;
using Workflows.Host.Retention;
using Workflows.Host.Runtime;

namespace Workflows.Host.Extensions;

/// <summary>Registers the application's modules.</summary>
public static class ApplicationServiceExtensions
{
    /// <summary>Storage, the workflow engine and its workflows.</summary>
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.IsConfigured, "Storage: set Storage:ConnectionString (Azurite) or Storage:TableServiceUri and Storage:QueueServiceUri.")
            .ValidateOnStart();

        builder.Services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // One Table and one Queue service client for the app's own tables (local mailbox, sign-in and API tokens).
        builder.Services.AddStorageClients();

        // First of the hosted services: the key ring and the engine start once storage answers.
        builder.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StorageStartupGate>());
        builder.Services.AddDataProtection().SetApplicationName("innovation-desks");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<TableServiceClient, IOptions<StorageOptions>>((keys, tables, storage) =>
                keys.XmlRepository = new TableXmlRepository(tables.GetTableClient(storage.Value.TablePrefix + "DataProtection")));
        builder.Services.AddEmail(builder.Configuration);
        builder.Services.AddSingleton<IEmailDeliveryRecorder, DeliveryRecorder>();
        builder.AddDurableWorkflows();
        builder.Services.AddOptions<RetentionOptions>()
            .BindConfiguration(RetentionOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.LocalFirstRunDelay >= TimeSpan.Zero, "Retention:LocalFirstRunDelay must not be negative.")
            .ValidateOnStart();
        builder.Services.AddSingleton<PersonalDataRetention>();
        builder.Services.AddHostedService<LocalRetentionWorker>();
        return builder;
    }

    private static TokenCredential Credential(StorageOptions s) =>
        new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = s.ClientId });
}
