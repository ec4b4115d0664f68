using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Workflows.Host.Extensions;

namespace Workflows.Host.Web.SignIn;

/// <summary>
/// Consumed sign-in links, one row per link in the <c>SignInTokens</c> table: consuming inserts the row, so a
/// second use (or a concurrent one on another instance) fails on the duplicate key.
/// </summary>
public sealed class SignInTokenStore
{
    private readonly TableClient _table;
    private readonly TimeProvider _time;
    private readonly Lazy<Task> _created;

    /// <summary>Creates the store on the service's storage account (table <see cref="StorageOptions.TablePrefix"/> + <see cref="SignInOptions.TokenTable"/>).</summary>
    public SignInTokenStore(TableServiceClient tables, IOptions<StorageOptions> storage, IOptions<SignInOptions> options, TimeProvider time)
    {
        _table = tables.GetTableClient(storage.Value.TablePrefix + options.Value.TokenTable);
        _time = time;
        _created = new Lazy<Task>(() => _table.CreateIfNotExistsAsync(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The table (tests delete it).</summary>
    internal TableClient Table => _table;

    /// <summary>Marks the link <paramref name="ticket"/> used. False when it had already been used.</summary>
    public async Task<bool> TryConsumeAsync(MagicLinkTicket ticket, CancellationToken cancellationToken)
    {
        await _created.Value.WaitAsync(cancellationToken);
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ticket.Nonce)));
        var row = new TableEntity(key, "consumed")
        {
            ["ConsumedAt"] = _time.GetUtcNow(),
            ["ExpiresAt"] = ticket.ExpiresAt,
        };
        try
        {
            await _table.AddEntityAsync(row, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Deletes the rows of links that have expired: an expired link is refused before its row is looked at, so the
    /// row protects nothing any more. Returns how many were deleted (the nightly retention run calls this).
    /// </summary>
    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        await _created.Value.WaitAsync(cancellationToken);
        var now = _time.GetUtcNow();
        var expired = new List<TableEntity>();
        await foreach (var row in _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"ExpiresAt lt {now}"), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            expired.Add(row);
        }

        foreach (var row in expired)
        {
            await _table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
        }

        return expired.Count;
    }
}
