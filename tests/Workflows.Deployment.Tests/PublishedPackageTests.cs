using System.Globalization;
using System.Text.Json;
using Workflows.Orchestration.Orchestrators;

namespace Workflows.Deployment.Tests;

/// <summary>
/// The published Function App as the Azure Functions host reads it: functions.metadata (every orchestrator, activity
/// and trigger with its binding), extensions.json (the Durable extension) and host.json (the task hub).
/// </summary>
[Collection(PublishedCollection.Name)]
public sealed class PublishedPackageTests(PublishedPackage package)
{
    [Fact]
    public void Given_the_function_app_when_published_then_the_script_succeeds_with_the_worker_files_and_a_zip()
    {
        Assert.True(package.Result.ExitCode == 0, package.Result.ToString());
        foreach (var file in new[] { "functions.metadata", "host.json", "worker.config.json", "Workflows.Functions.dll" })
        {
            Assert.True(File.Exists(Path.Combine(package.Output, file)), $"{file} is missing from the published Function App");
        }

        Assert.True(new FileInfo(package.Zip).Length > 0);
    }

    [Fact]
    public void Given_functions_metadata_then_every_orchestration_of_the_catalog_is_an_orchestration_trigger_of_its_task_hub_name()
    {
        Assert.NotEmpty(WorkflowCatalog.Orchestrators);
        foreach (var name in WorkflowCatalog.Orchestrators.Keys)
        {
            Assert.Equal("orchestrationTrigger", package.Trigger(name).GetProperty("type").GetString());
        }
    }

    [Fact]
    public void Given_functions_metadata_then_every_activity_of_the_catalog_is_an_activity_trigger_of_its_task_hub_name()
    {
        Assert.NotEmpty(WorkflowCatalog.Activities);
        foreach (var name in WorkflowCatalog.Activities.Keys)
        {
            Assert.Equal("activityTrigger", package.Trigger(name).GetProperty("type").GetString());
        }
    }

    [Fact]
    public void Given_functions_metadata_then_there_are_only_the_catalog_the_retention_timer_and_the_webhook()
    {
        var expected = WorkflowCatalog.Orchestrators.Keys.Concat(WorkflowCatalog.Activities.Keys).Append("Retention").Append("SendGridEventWebhook").Order(StringComparer.Ordinal);
        var actual = package.Functions.Select(f => f.GetProperty("name").GetString()).Order(StringComparer.Ordinal);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Given_the_retention_function_then_it_runs_at_02_30_utc_every_night_with_the_schedule_monitor_and_a_durable_client()
    {
        var trigger = package.Trigger("Retention");

        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("0 30 2 * * *", trigger.GetProperty("schedule").GetString());
        Assert.True(trigger.GetProperty("useMonitor").GetBoolean());
        Assert.Contains(Bindings("Retention"), b => b.GetProperty("type").GetString() == "durableClient");
    }

    [Fact]
    public void Given_the_sendgrid_webhook_then_it_is_an_anonymous_post_on_the_web_apps_path_with_a_durable_client()
    {
        var trigger = package.Trigger("SendGridEventWebhook");

        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("webhooks/sendgrid/events", trigger.GetProperty("route").GetString());
        Assert.Equal("Anonymous", trigger.GetProperty("authLevel").GetString(), ignoreCase: true);
        Assert.Equal(["post"], trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()));
        Assert.Contains(Bindings("SendGridEventWebhook"), b => b.GetProperty("type").GetString() == "durableClient");

        // With an empty route prefix the path is the same as the web app's endpoint.
        Assert.Equal(string.Empty, package.Host.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void Given_extensions_json_then_the_durable_task_extension_is_registered_for_the_host()
    {
        var names = package.Extensions.GetProperty("extensions").EnumerateArray()
            .Select(e => e.GetProperty("typeName").GetString() ?? string.Empty)
            .ToList();

        Assert.Contains(names, n => n.StartsWith("Microsoft.Azure.WebJobs.Extensions.DurableTask.DurableTaskWebJobsStartup", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_the_published_host_json_then_the_task_hub_is_on_azure_storage_through_the_identity_based_connection()
    {
        var durable = package.Host.GetProperty("extensions").GetProperty("durableTask");
        var storage = durable.GetProperty("storageProvider");

        Assert.Equal("%TaskHub__Name%", durable.GetProperty("hubName").GetString());
        Assert.Equal("AzureStorage", storage.GetProperty("type").GetString());
        Assert.Equal("AzureWebJobsStorage", storage.GetProperty("connectionName").GetString());
        Assert.Equal(4, storage.GetProperty("partitionCount").GetInt32());
        Assert.InRange(
            TimeSpan.ParseExact(storage.GetProperty("maxQueuePollingInterval").GetString()!, @"hh\:mm\:ss", CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(1),
            TimeSpan.FromSeconds(10));

        // As the local worker runs by default and the bench measured: sessions kept, room for the idle ones.
        Assert.True(durable.GetProperty("extendedSessionsEnabled").GetBoolean());
        Assert.Equal(new Workflows.Orchestration.Hosting.TaskHubOptions().MaxConcurrentOrchestrations, durable.GetProperty("maxConcurrentOrchestratorFunctions").GetInt32());
        Assert.True(new Workflows.Orchestration.Hosting.TaskHubOptions().ExtendedSessions);
    }

    [Fact]
    public void Given_the_published_host_json_then_it_is_the_repositorys_and_has_no_custom_handler_or_extension_bundle()
    {
        using var repository = JsonDocument.Parse(File.ReadAllText(Repository.HostJson));

        Assert.Equal(repository.RootElement.GetRawText(), package.Host.GetRawText());
        Assert.False(package.Host.TryGetProperty("customHandler", out _));
        Assert.False(package.Host.TryGetProperty("extensionBundle", out _), "an isolated .NET worker brings its extensions (extensions.json)");
    }

    private List<JsonElement> Bindings(string function) => [.. package.Function(function).GetProperty("bindings").EnumerateArray()];
}
