using Azure.Identity;
using Microsoft.Extensions.Options;
using Workflows.Engine;

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

        builder.Services.AddStorageClients();
        builder.Services.AddWorkflowEngine(engine => engine.AddDeskWorkflows());
        builder.Services.AddOptions<WorkflowEngineOptions>()
            .BindConfiguration("Engine")
            .Configure<IOptions<StorageOptions>>((engine, storage) =>
            {
                var s = storage.Value;
                engine.TablePrefix = s.TablePrefix;
                if (!string.IsNullOrWhiteSpace(s.ConnectionString))
                {
                    engine.ConnectionString = s.ConnectionString;
                }
                else if (s.IsConfigured)
                {
                    engine.TableServiceUri = new Uri(s.TableServiceUri!);
                    engine.QueueServiceUri = new Uri(s.QueueServiceUri!);
                    engine.Credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = s.ClientId });
                }
            });
        return builder;
    }
}
