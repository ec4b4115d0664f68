using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Workflows.Desk.Model;
using Workflows.Host.Anagrafica;

namespace Workflows.Host.Extensions;

/// <summary>The stored network directory module.</summary>
public static class NetworkDirectoryExtensions
{
    /// <summary>
    /// Registers the directory's store, the one cached <see cref="NetworkRegistry"/>, its start-up and refresh, and
    /// <see cref="NetworkDirectory"/> per request (the registry's current directory) for the pages that read it.
    /// </summary>
    public static IHostApplicationBuilder AddNetworkDirectory(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DirectoryOptions>().BindConfiguration(DirectoryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectoryOptions>, DirectoryOptionsValidation>();
        services.AddSingleton(sp =>
        {
            var prefix = sp.GetRequiredService<IOptions<StorageOptions>>().Value.TablePrefix;
            var tables = sp.GetRequiredService<TableServiceClient>();
            return new DirectoryStore(tables.GetTableClient(DirectoryStore.EntriesTable(prefix)), tables.GetTableClient(DirectoryStore.ChangesTable(prefix)));
        });
        services.AddSingleton<NetworkRegistry>();
        services.AddSingleton<DirectoryImport>();
        services.AddHostedService<DirectoryStartup>();
        services.AddScoped(sp => sp.GetRequiredService<NetworkRegistry>().Current.Directory);
        return builder;
    }
}
