using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Workflows.Orchestration.Hosting;

/// <summary>The task hub's payload keys and the data converter that uses them, registered alike by both apps.</summary>
public static class TaskHubPayloadKeysRegistration
{
    /// <summary>
    /// Binds <see cref="TaskHubPayloadKeys"/> from <c>TaskHub:PayloadKeys</c>, checked at start, and registers the
    /// <see cref="DurableJson"/> that encrypts the hub's payloads with them. The web app and the Function App must hold
    /// the same keys: each reads what the other writes.
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configuration">The app's configuration (the keys are secrets: Key Vault references in Azure).</param>
    /// <param name="plainAllowed">
    /// True where the hub may hold plain JSON without a key (a developer's machine, the tests); elsewhere a missing key
    /// stops the app at start.
    /// </param>
    public static IServiceCollection AddTaskHubPayloadKeys(this IServiceCollection services, IConfiguration configuration, bool plainAllowed)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TaskHubPayloadKeys>()
            .Bind(configuration.GetSection(TaskHubPayloadKeys.Section))
            .ValidateDataAnnotations()
            .Validate(
                o => plainAllowed || o.IsConfigured,
                "TaskHub:PayloadKeys: set CurrentKeyId and Keys:<id> (base64 of 32 random bytes, the same in the web app and the Function App): outside Development and Testing the task hub's payloads must be encrypted.")
            .ValidateOnStart();
        services.TryAddSingleton(sp => new DurableJson(sp.GetRequiredService<IOptions<TaskHubPayloadKeys>>().Value));
        return services;
    }
}
