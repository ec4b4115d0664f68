using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Workflows.Desk.Model;

namespace Workflows.Host.Anagrafica;

/// <summary>
/// The directory in Table Storage: one row per network, desk, partner and staff entry (partition = kind, row = id,
/// the entry as JSON), and a change log partitioned by network, newest first. The whole directory is small (hundreds
/// of rows): it is read in one query and cached by <see cref="NetworkRegistry"/>.
/// </summary>
public sealed class DirectoryStore(TableClient entries, TableClient changes)
{
    private const string DataColumn = "Data";

    // Changes made in the same tick keep their order (newest first) within this instance.
    private long _sequence;

    /// <summary>The entries table of <paramref name="prefix"/>.</summary>
    public static string EntriesTable(string prefix) => prefix + "Directory";

    /// <summary>The change-log table of <paramref name="prefix"/>.</summary>
    public static string ChangesTable(string prefix) => prefix + "DirectoryChanges";

    /// <summary>Creates the tables when missing.</summary>
    public async Task CreateIfNotExistsAsync(CancellationToken cancellationToken)
    {
        await entries.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        await changes.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads every entry, with the version (ETag) of each row by <see cref="VersionKey"/>.</summary>
    public async Task<(IReadOnlyList<Network> Networks, IReadOnlyList<InnovationDesk> Desks, IReadOnlyList<Partner> Partners, IReadOnlyList<StaffEntry> Staff, IReadOnlyDictionary<string, string> Versions)> ReadAllAsync(
        CancellationToken cancellationToken)
    {
        var networks = new List<Network>();
        var desks = new List<InnovationDesk>();
        var partners = new List<Partner>();
        var staff = new List<StaffEntry>();
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var row in entries.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey", DataColumn], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var data = row.GetString(DataColumn);
            if (data is null || !Enum.TryParse<DirectoryKind>(row.PartitionKey, out var kind))
            {
                continue;
            }

            versions[VersionKey(kind, row.RowKey)] = row.ETag.ToString();

            switch (kind)
            {
                case DirectoryKind.Network:
                    networks.Add(JsonSerializer.Deserialize<Network>(data, DirectoryJson.Options)!);
                    break;
                case DirectoryKind.Desk:
                    desks.Add(JsonSerializer.Deserialize<InnovationDesk>(data, DirectoryJson.Options)!);
                    break;
                case DirectoryKind.Partner:
                    partners.Add(JsonSerializer.Deserialize<Partner>(data, DirectoryJson.Options)!);
                    break;
                case DirectoryKind.Staff:
                    staff.Add(JsonSerializer.Deserialize<StaffEntry>(data, DirectoryJson.Options)!);
                    break;
            }
        }

        return (networks, desks, partners, staff, versions);
    }

    /// <summary>The key of an entry's version in <see cref="ReadAllAsync"/>'s answer.</summary>
    public static string VersionKey(DirectoryKind kind, string id) => $"{kind}/{id}";

    /// <summary>True when an entry of <paramref name="kind"/> with <paramref name="id"/> is stored.</summary>
    public async Task<bool> ExistsAsync(DirectoryKind kind, string id, CancellationToken cancellationToken)
    {
        var row = await entries.GetEntityIfExistsAsync<TableEntity>(kind.ToString(), id, [DataColumn], cancellationToken).ConfigureAwait(false);
        return row.HasValue;
    }

    /// <summary>The stored JSON of an entry, or null.</summary>
    public async Task<string?> ReadAsync(DirectoryKind kind, string id, CancellationToken cancellationToken)
    {
        var row = await entries.GetEntityIfExistsAsync<TableEntity>(kind.ToString(), id, [DataColumn], cancellationToken).ConfigureAwait(false);
        return row.HasValue ? row.Value!.GetString(DataColumn) : null;
    }

    /// <summary>Writes an entry and records the change in each of <paramref name="networkIds"/>' logs.</summary>
    public Task WriteAsync<T>(DirectoryKind kind, string id, T entry, IReadOnlyList<string> networkIds, string change, string by, DateTimeOffset at, CancellationToken cancellationToken) =>
        WriteAsync(kind, id, entry, networkIds, change, by, at, version: null, cancellationToken);

    /// <summary>
    /// Writes an entry and records the change in each of <paramref name="networkIds"/>' logs; with a
    /// <paramref name="version"/>, only when the stored row still has it (optimistic concurrency on the row's ETag).
    /// </summary>
    /// <returns>False, with nothing written, when the row changed since <paramref name="version"/> was read.</returns>
    public async Task<bool> WriteAsync<T>(
        DirectoryKind kind, string id, T entry, IReadOnlyList<string> networkIds, string change, string by, DateTimeOffset at, string? version, CancellationToken cancellationToken)
    {
        var data = JsonSerializer.Serialize(entry, DirectoryJson.Options);
        var row = new TableEntity(kind.ToString(), id)
        {
            [DataColumn] = data,
            ["Networks"] = string.Join(',', networkIds),
            ["ChangedBy"] = by,
            ["ChangedAt"] = at,
        };
        if (version is null)
        {
            await entries.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            try
            {
                await entries.UpdateEntityAsync(row, new ETag(version), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status is 412 or 404)
            {
                return false;
            }
        }
        foreach (var network in networkIds.Distinct(StringComparer.Ordinal))
        {
            var order = long.MaxValue - Interlocked.Increment(ref _sequence);
            var key = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.MaxValue.Ticks - at.UtcTicks:D19}-{order:D19}-{Guid.NewGuid():N}");
            await changes.AddEntityAsync(
                new TableEntity(network, key)
                {
                    ["Kind"] = kind.ToString(),
                    ["Id"] = id,
                    ["Change"] = change,
                    ["By"] = by,
                    ["At"] = at,
                    [DataColumn] = data,
                },
                cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    /// <summary>The latest <paramref name="take"/> changes of <paramref name="networkId"/>, newest first.</summary>
    public async Task<IReadOnlyList<DirectoryChange>> ChangesAsync(string networkId, int take, CancellationToken cancellationToken)
    {
        var list = new List<DirectoryChange>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {networkId}");
        await foreach (var row in changes.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(take, 1000), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            list.Add(new DirectoryChange(
                networkId,
                Enum.TryParse<DirectoryKind>(row.GetString("Kind"), out var kind) ? kind : DirectoryKind.Network,
                row.GetString("Id") ?? string.Empty,
                row.GetString("Change") ?? string.Empty,
                row.GetString("By") ?? string.Empty,
                row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
                row.GetString(DataColumn) ?? string.Empty));
            if (list.Count >= take)
            {
                break;
            }
        }

        return list;
    }
}
