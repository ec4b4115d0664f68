using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace Workflows.Bench;

/// <summary>
/// Counts the storage requests the process sends, by kind (from the Azure SDK's own event source), so the cost of
/// a transition can be read in requests, a figure that does not depend on how busy the machine is. Diagnostic
/// only (<c>--count-requests</c>): listening costs CPU, so the timed figures of such a run are not the reference.
/// </summary>
internal sealed class StorageRequests : EventListener
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> Snapshot() => new Dictionary<string, long>(_counts, StringComparer.Ordinal);

    public static string Describe(IReadOnlyDictionary<string, long> before, IReadOnlyDictionary<string, long> after, long operations)
    {
        var parts = after
            .Select(kv => (kv.Key, Count: kv.Value - before.GetValueOrDefault(kv.Key)))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count)
            .Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Key} {(double)x.Count / Math.Max(1, operations):F2}"));
        var total = after.Sum(kv => kv.Value - before.GetValueOrDefault(kv.Key));
        return string.Create(CultureInfo.InvariantCulture, $"{(double)total / Math.Max(1, operations):F2} requests per operation: ") + string.Join(", ", parts);
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Azure-Core")
        {
            EnableEvents(eventSource, EventLevel.Informational);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName != "Request" || eventData.Payload is not { Count: >= 3 } payload)
        {
            return;
        }

        var method = payload[1] as string ?? "?";
        var uri = payload[2] as string ?? string.Empty;
        var path = new Uri(uri).AbsolutePath;
        var kind = path.Contains("/messages", StringComparison.Ordinal) ? "queue"
            : path.EndsWith("$batch", StringComparison.Ordinal) ? "batch"
            : path.Contains('(', StringComparison.Ordinal) ? "entity"
            : "table";
        var table = path.Split('/').LastOrDefault(p => p.Length > 0) ?? string.Empty;
        var which = kind is "entity" or "table" ? TableRole(table) : string.Empty;
        _counts.AddOrUpdate($"{method} {kind}{which}", 1, (_, n) => n + 1);
    }

    private static string TableRole(string segment)
    {
        foreach (var role in new[] { "Instances", "Due", "Index" })
        {
            if (segment.Contains(role, StringComparison.Ordinal))
            {
                return ":" + role;
            }
        }

        return string.Empty;
    }
}
