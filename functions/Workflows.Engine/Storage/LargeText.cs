using Azure.Data.Tables;

namespace Workflows.Engine.Storage;

/// <summary>
/// Stores text that may exceed one property's 64 KiB in several properties, and refuses what would break the
/// 1 MiB entity limit, so a big state fails loudly instead of corrupting the snapshot.
/// </summary>
internal static class LargeText
{
    // 30,000 UTF-16 chars = 60,000 bytes < 64 KiB per property.
    private const int ChunkChars = 30_000;

    // 24 chunks = 1.44 MB of UTF-16 at most... keep well under 1 MiB per entity with the other properties.
    public const int MaxChars = 12 * ChunkChars;

    public static void Write(TableEntity entity, string name, string? value)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > MaxChars)
        {
            throw new WorkflowStateTooLargeException(name, value.Length, MaxChars);
        }

        var count = Math.Max(1, (value.Length + ChunkChars - 1) / ChunkChars);
        entity[name + "Chunks"] = count;
        for (var i = 0; i < count; i++)
        {
            var start = i * ChunkChars;
            entity[name + i.ToString(System.Globalization.CultureInfo.InvariantCulture)] =
                value.Substring(start, Math.Min(ChunkChars, value.Length - start));
        }
    }

    public static string? Read(TableEntity entity, string name)
    {
        var count = entity.GetInt32(name + "Chunks");
        if (count is null)
        {
            return null;
        }

        if (count == 1)
        {
            return entity.GetString(name + "0");
        }

        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < count; i++)
        {
            sb.Append(entity.GetString(name + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return sb.ToString();
    }

    /// <summary>Cuts a value for an audit row, marking the cut.</summary>
    public static string Truncate(string value, int max = ChunkChars) =>
        value.Length <= max ? value : value[..(max - 20)] + "…[truncated]";
}
