using Azure.Core.Serialization;
using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workflows.Email;
using Workflows.Orchestration.Activities;
using Workflows.Orchestration.Retention;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Functions.Hosting;

/// <summary>The Function App's services: the task hub's JSON, the dashboard's tables, e-mail and the activities.</summary>
public static class FunctionAppServices
{
    /// <summary>
    /// Registers everything the functions need. The worker's serializer is System.Text.Json with
    /// <see cref="WorkflowJson.Options"/>: the Durable extension builds its data converter from it (inputs, outputs,
    /// events, custom status; it deliberately ignores a converter registered in DI), so the task hub holds the same
    /// JSON as the web app's client writes and reads (<c>DurableJson</c>).
    /// </summary>
    public static IServiceCollection AddWorkflowFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<WorkerOptions>(UseWorkflowJson);
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<FunctionStorageOptions>()
            .Bind(configuration.GetSection(FunctionStorageOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.IsConfigured, "Storage: set Storage:ConnectionString (Azurite) or Storage:TableServiceUri.")
            .ValidateOnStart();
        services.TryAddSingleton(sp => Tables(sp.GetRequiredService<IOptions<FunctionStorageOptions>>().Value));
        services.TryAddSingleton(sp => new ViewTables(sp.GetRequiredService<IOptions<FunctionStorageOptions>>().Value.TablePrefix));
        services.TryAddSingleton(sp => new WorkflowViewStore(sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<ViewTables>()));

        services.AddEmail(configuration);
        services.AddTransient<SendEmailActivity>();
        services.AddTransient<ResendEmailActivity>();
        services.AddTransient<CompleteTurnActivity>();

        services.AddOptions<RetentionPeriod>()
            .Bind(configuration.GetSection(RetentionPeriod.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<EndedInstanceEraser>();
        return services;
    }

    /// <summary>The worker's serializer: System.Text.Json with the workflows' options.</summary>
    public static void UseWorkflowJson(WorkerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Serializer = new JsonObjectSerializer(WorkflowJson.Options);
    }

    private static TableServiceClient Tables(FunctionStorageOptions storage) =>
        !string.IsNullOrWhiteSpace(storage.ConnectionString)
            ? new TableServiceClient(storage.ConnectionString)
            : new TableServiceClient(
                new Uri(storage.TableServiceUri!),
                new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(storage.ClientId ?? throw new InvalidOperationException("Storage:ClientId is required with Storage:TableServiceUri."))));
}
