using System.Text.Json;

namespace Workflows.Deployment.Tests;

/// <summary>The repository's host.json: the Function App's Durable task hub, logging and no custom handler.</summary>
public sealed class HostJsonTests
{
    private static JsonElement Host() => JsonDocument.Parse(File.ReadAllText(Repository.HostJson)).RootElement;

    [Fact]
    public void Given_host_json_then_it_is_a_version_2_host_of_an_isolated_worker_without_custom_handler()
    {
        var host = Host();

        Assert.Equal("2.0", host.GetProperty("version").GetString());
        Assert.False(host.TryGetProperty("customHandler", out _));
        Assert.False(host.TryGetProperty("extensionBundle", out _));
    }

    [Fact]
    public void Given_host_json_then_a_worker_leaves_orchestrations_newer_than_its_code_to_a_newer_one()
    {
        var durable = Host().GetProperty("extensions").GetProperty("durableTask");

        // The code's version: the catalog's highest workflow version. A rolling deployment or a rollback puts an older
        // worker beside newer instances: with CurrentOrOlder + Reject it hands them back instead of running them.
        Assert.Equal(Workflows.Orchestration.Orchestrators.OrchestrationVersion.Highest, durable.GetProperty("defaultVersion").GetString());
        Assert.Equal("CurrentOrOlder", durable.GetProperty("versionMatchStrategy").GetString());
        Assert.Equal("Reject", durable.GetProperty("versionFailureStrategy").GetString());
    }

    [Fact]
    public void Given_host_json_then_the_hub_name_comes_from_the_setting_both_apps_read()
    {
        var hubName = Host().GetProperty("extensions").GetProperty("durableTask").GetProperty("hubName").GetString();
        var main = File.ReadAllText(Repository.PathOf("infra", "main.bicep"));

        // main.bicep puts the hub name and partition count in the settings both apps get, and overrides host.json's
        // partition count on the Function App with the same parameter.
        Assert.Equal("%TaskHub__Name%", hubName);
        Assert.Contains("TaskHub__Name: taskHubName", main, StringComparison.Ordinal);
        Assert.Contains("TaskHub__PartitionCount: string(taskHubPartitionCount)", main, StringComparison.Ordinal);
        Assert.Contains("durableTask__storageProvider__partitionCount: string(taskHubPartitionCount)", main, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_host_json_logging_then_function_results_are_information_sampling_is_on_and_requests_are_never_sampled()
    {
        var logging = Host().GetProperty("logging");

        Assert.Equal("Warning", logging.GetProperty("logLevel").GetProperty("default").GetString());
        Assert.Equal("Information", logging.GetProperty("logLevel").GetProperty("Function").GetString());
        var sampling = logging.GetProperty("applicationInsights").GetProperty("samplingSettings");
        Assert.True(sampling.GetProperty("isEnabled").GetBoolean());
        Assert.Contains("Request", sampling.GetProperty("excludedTypes").GetString(), StringComparison.Ordinal);
        Assert.Contains("Exception", sampling.GetProperty("excludedTypes").GetString(), StringComparison.Ordinal);
    }
}
