using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Workflows.Host.Extensions;

/// <summary>
/// The application's own Table and Queue service clients (API tokens, health checks, the local mailbox), built
/// from <see cref="StorageOptions"/> the same way the engine builds its own: a connection string locally, the
/// service URIs with the managed identity in Azure.
/// </summary>
public static class StorageClientExtensions
{
    /// <summary>Registers <see cref="TableServiceClient"/> and <see cref="QueueServiceClient"/> singletons.</summary>
    public static IServiceCollection AddStorageClients(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var options = Configure(new TableClientOptions());
            return string.IsNullOrWhiteSpace(storage.ConnectionString)
                ? new TableServiceClient(new Uri(storage.TableServiceUri!), Credential(storage), options)
                : new TableServiceClient(storage.ConnectionString, options);
        });
        services.AddSingleton(sp =>
        {
            var storage = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            var options = Configure(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
            return string.IsNullOrWhiteSpace(storage.ConnectionString)
                ? new QueueServiceClient(new Uri(storage.QueueServiceUri!), Credential(storage), options)
                : new QueueServiceClient(storage.ConnectionString, options);
        });
        return services;
    }

    private static T Configure<T>(T options)
        where T : ClientOptions
    {
        // Requests on a web request's path: fail within seconds (at most about 3 x 3 s) rather than hold the caller,
        // so an outage becomes a clear 503 page instead of a hanging form.
        options.Retry.MaxRetries = 2;
        options.Retry.Delay = TimeSpan.FromMilliseconds(250);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(1);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(3);
        return options;
    }

    private static DefaultAzureCredential Credential(StorageOptions storage) =>
        new(new DefaultAzureCredentialOptions { ManagedIdentityClientId = storage.ClientId });
}
