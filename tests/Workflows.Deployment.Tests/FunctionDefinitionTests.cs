using System.Text.Json;

namespace Workflows.Deployment.Tests;

/// <summary>
/// The function.json files: one catch-all HTTP function forwarded as is, and the queue and timer functions
/// that the host invokes as <c>POST /{folder name}</c> on the custom handler.
/// </summary>
public sealed class FunctionDefinitionTests
{
    /// <summary>The paths Workflows.Host serves for the non-HTTP invocations of the Functions host.</summary>
    private static readonly string[] CustomHandlerPostPaths = ["/retention", "/sweeper", "/work"];

    [Fact]
    public void Given_the_function_definitions_then_there_are_exactly_the_http_work_sweeper_and_retention_functions()
    {
        var folders = Directory.GetDirectories(Repository.FunctionDefinitions)
            .Where(folder => File.Exists(Path.Combine(folder, "function.json")))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(["http", "retention", "sweeper", "work"], folders);
    }

    [Fact]
    public void Given_the_non_http_functions_then_their_folder_names_are_the_post_paths_of_the_custom_handler()
    {
        var nonHttpPaths = Directory.GetDirectories(Repository.FunctionDefinitions)
            .Where(folder => File.Exists(Path.Combine(folder, "function.json")))
            .Where(folder => Trigger(Path.GetFileName(folder)).GetProperty("type").GetString() != "httpTrigger")
            .Select(folder => "/" + Path.GetFileName(folder))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(CustomHandlerPostPaths, nonHttpPaths);
    }

    [Fact]
    public void Given_the_http_function_then_it_is_an_anonymous_catch_all_that_the_host_forwards_unchanged()
    {
        var bindings = Bindings("http");

        // The host forwards the original request only to functions with exactly one httpTrigger and one http output.
        Assert.Equal(2, bindings.Count);
        var trigger = Assert.Single(bindings, b => b.GetProperty("direction").GetString() == "in");
        Assert.Equal("httpTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("{*route}", trigger.GetProperty("route").GetString());
        Assert.Equal("anonymous", trigger.GetProperty("authLevel").GetString());
        var methods = trigger.GetProperty("methods").EnumerateArray().Select(m => m.GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["delete", "get", "head", "options", "patch", "post", "put"], methods);

        var output = Assert.Single(bindings, b => b.GetProperty("direction").GetString() == "out");
        Assert.Equal("http", output.GetProperty("type").GetString());
        Assert.Equal("res", output.GetProperty("name").GetString());
    }

    [Fact]
    public void Given_the_work_function_then_it_triggers_on_the_work_queue_through_the_identity_based_storage_connection()
    {
        var trigger = Trigger("work");

        Assert.Single(Bindings("work"));
        Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("work", trigger.GetProperty("queueName").GetString());
        Assert.Equal("message", trigger.GetProperty("name").GetString());
        Assert.Equal("Storage", trigger.GetProperty("connection").GetString());
    }

    [Fact]
    public void Given_the_sweeper_function_then_it_runs_every_thirty_seconds_with_the_schedule_monitor()
    {
        var trigger = Trigger("sweeper");

        Assert.Single(Bindings("sweeper"));
        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("timer", trigger.GetProperty("name").GetString());
        Assert.True(trigger.GetProperty("useMonitor").GetBoolean());

        // NCRONTAB with a seconds field (six fields): at :00 and :30 of every minute.
        Assert.Equal("*/30 * * * * *", trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void Given_the_retention_function_then_it_runs_every_night_with_the_schedule_monitor()
    {
        var trigger = Trigger("retention");

        Assert.Single(Bindings("retention"));
        Assert.Equal("timerTrigger", trigger.GetProperty("type").GetString());
        Assert.Equal("timer", trigger.GetProperty("name").GetString());
        Assert.True(trigger.GetProperty("useMonitor").GetBoolean());
        Assert.False(trigger.GetProperty("runOnStartup").GetBoolean());

        // NCRONTAB with a seconds field: 02:30 UTC every day, when nobody is at a desk.
        Assert.Equal("0 30 2 * * *", trigger.GetProperty("schedule").GetString());
    }

    [Fact]
    public void Given_the_work_function_connection_then_the_function_app_template_sets_its_queue_service_uri_and_poison_queue()
    {
        var trigger = Trigger("work");
        var connection = trigger.GetProperty("connection").GetString();
        var queue = trigger.GetProperty("queueName").GetString();

        var functionApp = File.ReadAllText(Repository.PathOf("infra", "modules", "functionapp.bicep"));
        var storage = File.ReadAllText(Repository.PathOf("infra", "modules", "storage.bicep"));

        Assert.Contains($"{connection}__queueServiceUri:", functionApp, StringComparison.Ordinal);
        Assert.Contains($"{connection}__credential: 'managedidentity'", functionApp, StringComparison.Ordinal);
        Assert.Contains($"'{queue}'", storage, StringComparison.Ordinal);
        Assert.Contains($"'{queue}-poison'", storage, StringComparison.Ordinal);
    }

    private static List<JsonElement> Bindings(string function)
    {
        var path = Path.Combine(Repository.FunctionDefinitions, function, "function.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("bindings").EnumerateArray().Select(b => b.Clone()).ToList();
    }

    private static JsonElement Trigger(string function) =>
        Bindings(function).Single(b => b.GetProperty("direction").GetString() == "in");
}
