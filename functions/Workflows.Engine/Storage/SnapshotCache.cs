using System.Collections.Concurrent;

namespace Workflows.Engine.Storage;

/// <summary>
/// The snapshots this process committed last, so the next transition of a busy instance can skip the load read.
/// A cached snapshot is only ever a guess: it is committed under its ETag, so if another writer changed the
/// instance meanwhile the commit fails with a conflict and the engine reloads. Outcomes that commit nothing (a
/// refusal, a timer found obsolete) are never taken from the cache; the engine reloads to confirm them.
/// </summary>
internal sealed class SnapshotCache
{
    // Large states are cheap to read compared with holding them: the cache keeps small snapshots only.
    private const int MaxCachedChars = 32 * 1024;

    private readonly ConcurrentDictionary<InstanceId, InstanceSnapshot> _snapshots = new();
    private readonly int _capacity;

    public SnapshotCache(int capacity) => _capacity = capacity;

    public bool TryGet(InstanceId id, out InstanceSnapshot snapshot) => _snapshots.TryGetValue(id, out snapshot!);

    /// <summary>Keeps a committed snapshot (with the ETag of its commit). The caller no longer changes it.</summary>
    public void Set(InstanceSnapshot committed)
    {
        if (_capacity <= 0 || committed.StateJson.Length + (committed.InputJson?.Length ?? 0) > MaxCachedChars)
        {
            Remove(committed.Id);
            return;
        }

        if (_snapshots.Count >= _capacity && !_snapshots.ContainsKey(committed.Id))
        {
            // Full: drop an arbitrary tenth. A miss costs one read, so no recency bookkeeping on the hot path.
            foreach (var key in _snapshots.Keys.Take(Math.Max(1, _capacity / 10)))
            {
                _snapshots.TryRemove(key, out _);
            }
        }

        _snapshots.AddOrUpdate(
            committed.Id,
            committed,
            (_, existing) => existing.Sequence > committed.Sequence ? existing : committed);
    }

    public void Remove(InstanceId id) => _snapshots.TryRemove(id, out _);
}
