using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Workflows.Host.Observability;

namespace Workflows.Host.Tests.Observability;

/// <summary>The app's log messages keep stable event ids, unique across the app, and carry only opaque values.</summary>
public sealed partial class LogsTests
{
    // Values a log line may carry: ids, counts, outcomes, types, paths. Anything else (a name, an address, a
    // request body) needs a conscious change here.
    private static readonly HashSet<string> Allowed =
    [
        "InvocationId", "Outcome", "DequeueCount", "ExceptionType", "Count", "IsPastDue", "Path", "Problem",
        "Workflow", "InstanceId", "Created", "Command", "MessageId", "TokenId", "Reason", "Cutoff", "ExpiredLinks",
        "Method", "StatusCode", "ElapsedMs", // the request log; its Path is redacted (SensitiveUrls)
        "DeskId", "PartnerId", "NetworkId", "Action", "Refusal", "Result", "Done", "Existing", "Failed", "Others", "Key",
        "Attempt", "Kind", "Id", "Change", "CustomStatus", "RuntimeStatus", "Sequence", "MessageName", "OutboxId", "Delay",
        "Ref", "Step",
        "Template", "Transient", "Name", // the orchestrations' e-mail and worker lines: template keys and the task hub's name
    ];

    // Every [LoggerMessage] of the app: the host's assembly and every Workflows.* assembly it references, nested
    // classes included.
    private static IEnumerable<(MethodInfo Method, LoggerMessageAttribute Attribute)> Messages() =>
        AppAssemblies()
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(m => (m, m.GetCustomAttribute<LoggerMessageAttribute>()!))
            .Where(x => x.Item2 is not null);

    private static IEnumerable<Assembly> AppAssemblies()
    {
        var host = typeof(Logs).Assembly;
        return host.GetReferencedAssemblies()
            .Where(n => n.Name?.StartsWith("Workflows.", StringComparison.Ordinal) == true)
            .Select(Assembly.Load)
            .Prepend(host);
    }

    [Fact]
    public void Given_every_log_message_of_the_app_when_their_event_ids_are_read_then_no_two_share_one()
    {
        var messages = Messages().ToList();
        var shared = messages.GroupBy(x => x.Attribute.EventId)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => $"{x.Method.DeclaringType!.Name}.{x.Method.Name}"))}")
            .ToList();

        Assert.True(messages.Count >= 40, $"the app's messages are found ({messages.Count})");
        Assert.Contains(messages, x => x.Method.DeclaringType!.Name == "LinkLogs");
        Assert.Contains(messages, x => x.Method.DeclaringType!.Name == "DeskPageLogs");
        Assert.Empty(shared);
    }

    [Fact]
    public void Given_the_host_logs_when_their_event_ids_are_read_then_they_are_in_the_hosts_range()
    {
        var ids = Messages().Where(x => x.Method.DeclaringType == typeof(Logs)).Select(x => x.Attribute.EventId).ToList();

        Assert.True(ids.Count >= 10, "the host's messages are found");
        Assert.All(ids, id => Assert.InRange(id, 2000, 2999));
    }

    [Fact]
    public void Given_every_log_message_of_the_app_when_their_placeholders_are_read_then_they_carry_only_opaque_values()
    {
        foreach (var (method, attribute) in Messages())
        {
            foreach (Match placeholder in Placeholder().Matches(attribute.Message))
            {
                Assert.True(Allowed.Contains(placeholder.Groups[1].Value), $"{method.DeclaringType!.Name}.{method.Name} logs {{{placeholder.Groups[1].Value}}}");
            }
        }
    }

    [GeneratedRegex(@"\{(\w+)(?::[^}]*)?\}")]
    private static partial Regex Placeholder();
}
