using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workflows.Email;
using Workflows.Orchestration.Activities;
using Workflows.Orchestration.Hosting;
using Workflows.Orchestration.Retention;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Functions.Hosting;

/// <summary>The Function App's services: the task hub's JSON, the dashboard's tables, e-mail and the activities.</summary>
public static class FunctionAppServices
{
    /// <summary>
    /// Registers everything the functions need. The worker's serializer is <see cref="DurableJson.Serializer"/>
    /// (System.Text.Json with <see cref="WorkflowJson.Options"/>, encrypted with <c>TaskHub:PayloadKeys</c>): the
    /// Durable extension (1.21) builds its worker's and client's data converter from <c>WorkerOptions.Serializer</c>
    /// in a post-configure step, overriding a <c>DataConverter</c> set in DI or in the options, and activity results
    /// reach the host through that serializer, not the data converter. So the task hub holds what the web app's
    /// client writes and reads. HTTP bodies are not affected: the webhook answers with ASP.NET Core results.
    /// </summary>
    public static IServiceCollection AddWorkflowFunctions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddTaskHubPayloadKeys(configuration, plainAllowed: false);
        services.AddOptions<WorkerOptions>().Configure<DurableJson>((o, json) => o.Serializer = json.Serializer);
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
        services.AddTransient<RecordStallActivity>();

        services.AddOptions<RetentionPeriod>()
            .Bind(configuration.GetSection(RetentionPeriod.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<EndedInstanceEraser>();
        return services;
    }

    private static TableServiceClient Tables(FunctionStorageOptions storage) =>
        !string.IsNullOrWhiteSpace(storage.ConnectionString)
            ? new TableServiceClient(storage.ConnectionString)
            : new TableServiceClient(
                new Uri(storage.TableServiceUri!),
                new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(storage.ClientId ?? throw new InvalidOperationException("Storage:ClientId is required with Storage:TableServiceUri."))));
}
