using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Workflows.Engine.Storage;

/// <summary>Row and partition keys of the engine's tables, in one place.</summary>
internal static class Keys
{
    public const string Snapshot = "snapshot";
    public const string HistoryPrefix = "h|";
    public const string OutboxPrefix = "o|";
    public const string ConsumedPrefix = "k|";

    public static string History(long sequence) => HistoryPrefix + sequence.ToString("D10", CultureInfo.InvariantCulture);

    public static string Outbox(string outboxId) => OutboxPrefix + outboxId;

    public static string OutboxId(long sequence, int index) =>
        sequence.ToString("D10", CultureInfo.InvariantCulture) + "-" + index.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>Single-use keys are hashed: any caller text becomes a valid, fixed-length row key.</summary>
    public static string Consumed(string key) =>
        ConsumedPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The due index is bucketed by the minute it comes due (UTC), so the sweeper reads a key range.</summary>
    public static string DueBucket(DateTimeOffset dueAt) =>
        dueAt.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    public static string DueTimer(InstanceId id, string timerName, long generation) =>
        $"{id.Value}|t|{timerName}|{generation.ToString(CultureInfo.InvariantCulture)}";

    public static string DueOutbox(InstanceId id, string outboxId) => $"{id.Value}|o|{outboxId}";

    /// <summary>The index partitions by creation month, inverted so the newest month sorts first.</summary>
    public static string IndexPartition(DateTimeOffset createdAt)
    {
        var utc = createdAt.UtcDateTime;
        return (999999 - ((utc.Year * 100) + utc.Month)).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>Within a month, newest first, then by id.</summary>
    public static string IndexRow(DateTimeOffset createdAt, InstanceId id) =>
        (DateTimeOffset.MaxValue.UtcTicks - createdAt.UtcTicks).ToString("D19", CultureInfo.InvariantCulture) + "|" + id.Value;

    public static bool IsValidTimerName(string name) =>
        name.Length is > 0 and <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

    public static bool IsValidTagName(string name) =>
        name.Length is > 0 and <= 40 && char.IsAsciiLetter(name[0]) && name.All(char.IsAsciiLetterOrDigit);
}
