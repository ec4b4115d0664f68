using Azure.Data.Tables;
using Azure.Identity;
using Microsoft.Extensions.Options;
using Workflows.Desk.Events;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;
using Workflows.Host.Email;
using Workflows.Host.Runtime;
using Workflows.Orchestration.Hosting;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Host.Extensions;

/// <summary>The workflows on Durable Task: the task hub, its in-process worker (locally), the view store and the seam.</summary>
public static class DurableWorkflowExtensions
{
    /// <summary>
    /// Registers the desk-request, event-registration and quarterly-report workflows on the Durable task hub, the
    /// e-mail dispatcher the send activity uses, and <see cref="IWorkflowCommands"/> / <see cref="IWorkflowQueries"/>.
    /// </summary>
    public static IHostApplicationBuilder AddDurableWorkflows(this IHostApplicationBuilder builder)
    {
        var production = builder.Environment.IsProduction();
        builder.Services.AddOptions<TaskHubOptions>()
            .BindConfiguration(TaskHubOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => !(production && o.AllowClockTravel), "TaskHub:AllowClockTravel moves the workflows' clock: it is for tests and the demo, never in Production.")
            .ValidateOnStart();

        // Personal data travels in the hub's payloads: encrypted everywhere but on a developer's machine and in tests.
        var plainAllowed = builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing");
        builder.Services.AddTaskHubPayloadKeys(builder.Configuration, plainAllowed);

        builder.Services.AddSingleton<IWorkflow, DeskRequestWorkflow>();
        builder.Services.AddSingleton<IWorkflow, EventRegistrationWorkflow>();
        builder.Services.AddSingleton<IWorkflow, QuarterlyReportWorkflow>();
        builder.Services.AddSingleton<IOutboxDispatcher, EmailDispatcher>();

        builder.Services.AddSingleton(sp => new ViewTables(sp.GetRequiredService<IOptions<StorageOptions>>().Value.TablePrefix));
        builder.Services.AddSingleton(sp => new WorkflowViewStore(sp.GetRequiredService<TableServiceClient>(), sp.GetRequiredService<ViewTables>()));
        builder.Services.AddSingleton(sp => HubStorage(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        builder.Services.AddSingleton<TaskHub>();
        builder.Services.AddSingleton<LocalTaskHubWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<LocalTaskHubWorker>());
        builder.Services.AddSingleton<SignalKeeper>();
        builder.Services.AddSingleton<DurableWorkflowRuntime>();
        builder.Services.AddHostedService<SignalRedelivery>();
        builder.Services.AddSingleton<IWorkflowCommands>(sp => sp.GetRequiredService<DurableWorkflowRuntime>());
        builder.Services.AddSingleton<IWorkflowQueries>(sp => sp.GetRequiredService<DurableWorkflowRuntime>());
        return builder;
    }

    private static TaskHubStorage HubStorage(StorageOptions s)
    {
        if (!string.IsNullOrWhiteSpace(s.ConnectionString))
        {
            return new TaskHubStorage(s.ConnectionString, null, null, null, null);
        }

        var queue = new Uri(s.QueueServiceUri!);
        var blob = s.BlobServiceUri is { Length: > 0 } b ? new Uri(b) : new Uri(queue.AbsoluteUri.Replace(".queue.", ".blob.", StringComparison.Ordinal));
        var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = s.ClientId });
        return new TaskHubStorage(null, blob, queue, new Uri(s.TableServiceUri!), credential);
    }
}
