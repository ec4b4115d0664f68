using System.Text.Json;

namespace Workflows.Host.Tests;

/// <summary>The documented custom-handler payloads, read from <c>Functions/Payloads/*.json</c> and filled in.</summary>
internal static class FunctionsPayload
{
    public static string Read(string file) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Functions", "Payloads", file));

    /// <summary>The queue-trigger payload with the message (as a JSON string) and its metadata.</summary>
    public static string Queue(string message, long dequeueCount, string messageId, string file = "queue-trigger.json") =>
        Read(file)
            .Replace("\"__MESSAGE__\"", JsonSerializer.Serialize(message), StringComparison.Ordinal)
            .Replace("\"__DEQUEUE_COUNT__\"", dequeueCount.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("__DEQUEUE_COUNT_TEXT__", dequeueCount.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("__MESSAGE_ID__", messageId, StringComparison.Ordinal);
}
