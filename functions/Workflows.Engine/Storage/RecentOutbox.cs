using System.Collections.Concurrent;
using Azure.Data.Tables;

namespace Workflows.Engine.Storage;

/// <summary>
/// Outbox rows this process has just committed, with the ETags of their commit, so that dispatching them here
/// skips reading them back. The lease that starts every dispatch is written under that ETag: if anyone touched
/// the row meanwhile the lease fails and the engine reads the row and decides again, as without the cache.
/// </summary>
internal sealed class RecentOutbox
{
    private const int MaxModelChars = 16 * 1024;

    private readonly ConcurrentDictionary<string, TableEntity> _rows = new(StringComparer.Ordinal);
    private readonly int _capacity;

    public RecentOutbox(int capacity) => _capacity = capacity;

    public void Add(TableEntity committed)
    {
        if (_capacity <= 0 || committed.ETag == default || (LargeText.Read(committed, "Model")?.Length ?? 0) > MaxModelChars)
        {
            return; // A miss costs one read.
        }

        if (_rows.Count >= _capacity)
        {
            // Rows dispatched by another process are never taken here: drop an arbitrary tenth to make room.
            foreach (var key in _rows.Keys.Take(Math.Max(1, _capacity / 10)))
            {
                _rows.TryRemove(key, out _);
            }
        }

        _rows[committed.PartitionKey + "|" + committed.RowKey] = committed;
    }

    public int Count => _rows.Count;

    /// <summary>Takes the row out (the caller owns it from now on), or null.</summary>
    public TableEntity? Take(InstanceId id, string outboxId) =>
        _rows.TryRemove(id.Value + "|" + Keys.Outbox(outboxId), out var row) ? row : null;
}
