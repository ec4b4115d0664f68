using System.Globalization;
using Azure.Data.Tables;

namespace Workflows.Orchestration.Views;

/// <summary>Text longer than one table property (32K characters) kept in numbered chunk columns.</summary>
internal static class LargeColumn
{
    private const int ChunkChars = 30_000;
    private const int MaxChunks = 24;

    public static void Write(TableEntity entity, string name, string? value)
    {
        var old = entity.GetInt32(name + "Chunks") ?? 0;
        for (var i = 0; i < old; i++)
        {
            entity.Remove(name + i.ToString(CultureInfo.InvariantCulture));
        }

        if (value is null)
        {
            entity[name + "Chunks"] = 0;
            return;
        }

        var count = Math.Max(1, (value.Length + ChunkChars - 1) / ChunkChars);
        if (count > MaxChunks)
        {
            throw new InvalidOperationException($"The column {name} would take {value.Length} characters, more than a table row holds.");
        }

        entity[name + "Chunks"] = count;
        for (var i = 0; i < count; i++)
        {
            var start = i * ChunkChars;
            entity[name + i.ToString(CultureInfo.InvariantCulture)] = value.Substring(start, Math.Min(ChunkChars, value.Length - start));
        }
    }

    public static string? Read(TableEntity entity, string name)
    {
        var count = entity.GetInt32(name + "Chunks") ?? 0;
        if (count == 0)
        {
            return null;
        }

        return string.Concat(Enumerable.Range(0, count).Select(i => entity.GetString(name + i.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>The columns a query must select to read <paramref name="name"/> back.</summary>
    public static IEnumerable<string> Columns(string name) =>
        [name + "Chunks", .. Enumerable.Range(0, MaxChunks).Select(i => name + i.ToString(CultureInfo.InvariantCulture))];
}
