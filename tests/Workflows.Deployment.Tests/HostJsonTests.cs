using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace Workflows.Deployment.Tests;

/// <summary>host.json: what the Azure Functions host reads to start and drive the custom handler.</summary>
public sealed class HostJsonTests
{
    private static JsonElement Host() => JsonDocument.Parse(File.ReadAllText(Repository.HostJson)).RootElement;

    [Fact]
    public void Given_host_json_when_parsed_then_it_is_a_version_2_host_with_the_v4_extension_bundle()
    {
        var host = Host();

        Assert.Equal("2.0", host.GetProperty("version").GetString());
        var bundle = host.GetProperty("extensionBundle");
        Assert.Equal("Microsoft.Azure.Functions.ExtensionBundle", bundle.GetProperty("id").GetString());
        Assert.Equal("[4.*, 5.0.0)", bundle.GetProperty("version").GetString());
    }

    [Fact]
    public void Given_host_json_when_reading_the_custom_handler_then_it_runs_the_host_assembly_with_dotnet()
    {
        var description = Host().GetProperty("customHandler").GetProperty("description");
        var assemblyName = XDocument.Load(Repository.HostProject).Descendants("AssemblyName").Single().Value;

        Assert.Equal("dotnet", description.GetProperty("defaultExecutablePath").GetString());
        var arguments = description.GetProperty("arguments").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Equal([$"{assemblyName}.dll"], arguments);
    }

    [Fact]
    public void Given_host_json_when_reading_http_settings_then_requests_are_forwarded_without_the_api_prefix()
    {
        var host = Host();

        Assert.True(host.GetProperty("customHandler").GetProperty("enableForwardingHttpRequest").GetBoolean());
        Assert.Equal(string.Empty, host.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public void Given_host_json_when_reading_queue_settings_then_a_message_is_poisoned_after_five_failed_deliveries()
    {
        var queues = Host().GetProperty("extensions").GetProperty("queues");

        Assert.Equal(16, queues.GetProperty("batchSize").GetInt32());
        Assert.Equal(8, queues.GetProperty("newBatchThreshold").GetInt32());
        Assert.Equal(5, queues.GetProperty("maxDequeueCount").GetInt32());
        Assert.Equal(TimeSpan.FromSeconds(10), ParseTimeSpan(queues.GetProperty("visibilityTimeout")));
        Assert.Equal(TimeSpan.FromSeconds(2), ParseTimeSpan(queues.GetProperty("maxPollingInterval")));
    }

    [Fact]
    public void Given_host_json_when_reading_logging_then_function_results_are_information_and_the_rest_warning()
    {
        var host = Host();
        var levels = host.GetProperty("logging").GetProperty("logLevel");

        Assert.Equal("Warning", levels.GetProperty("default").GetString());
        Assert.Equal("Information", levels.GetProperty("Function").GetString());
        Assert.Equal("Information", levels.GetProperty("Host.Results").GetString());
    }

    [Fact]
    public void Given_host_json_when_reading_the_function_timeout_then_it_is_bounded_and_longer_than_a_queue_retry()
    {
        var host = Host();
        var timeout = ParseTimeSpan(host.GetProperty("functionTimeout"));
        var visibility = ParseTimeSpan(host.GetProperty("extensions").GetProperty("queues").GetProperty("visibilityTimeout"));

        Assert.InRange(timeout, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(30));
        Assert.True(timeout > visibility, $"functionTimeout {timeout} should exceed the retry delay {visibility}");
    }

    private static TimeSpan ParseTimeSpan(JsonElement value) =>
        TimeSpan.ParseExact(value.GetString()!, @"hh\:mm\:ss", CultureInfo.InvariantCulture);
}
