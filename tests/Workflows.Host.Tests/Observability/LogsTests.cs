using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Workflows.Host.Observability;

namespace Workflows.Host.Tests.Observability;

/// <summary>The host's log messages keep stable, unique event ids and carry only opaque values.</summary>
public sealed partial class LogsTests
{
    // Values a log line may carry: ids, counts, outcomes, types, paths. Anything else (a name, an address, a
    // request body) needs a conscious change here.
    private static readonly HashSet<string> Allowed =
    [
        "InvocationId", "Outcome", "DequeueCount", "ExceptionType", "Count", "IsPastDue", "Path", "Problem",
        "Workflow", "InstanceId", "Created", "Command", "MessageId", "TokenId", "Reason", "Cutoff", "ExpiredLinks",
        "Method", "StatusCode", "ElapsedMs", // the request log; its Path is redacted (SensitiveUrls)
    ];

    private static IEnumerable<(MethodInfo Method, LoggerMessageAttribute Attribute)> Messages() =>
        typeof(Logs).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => (m, m.GetCustomAttribute<LoggerMessageAttribute>()!))
            .Where(x => x.Item2 is not null);

    [Fact]
    public void Given_the_host_logs_when_their_event_ids_are_read_then_they_are_unique_and_in_the_hosts_range()
    {
        var ids = Messages().Select(x => x.Attribute.EventId).ToList();

        Assert.True(ids.Count >= 10, "the host's messages are found");
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.InRange(id, 2000, 2999));
    }

    [Fact]
    public void Given_the_host_logs_when_their_placeholders_are_read_then_they_carry_only_opaque_values()
    {
        foreach (var (method, attribute) in Messages())
        {
            foreach (Match placeholder in Placeholder().Matches(attribute.Message))
            {
                Assert.True(Allowed.Contains(placeholder.Groups[1].Value), $"{method.Name} logs {{{placeholder.Groups[1].Value}}}");
            }
        }
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();
}
