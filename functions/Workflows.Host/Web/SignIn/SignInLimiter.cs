using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Workflows.Host.Extensions;

namespace Workflows.Host.Web.SignIn;

/// <summary>
/// The sign-in limits, counted in the table <c>{prefix}SignInLimits</c> so they hold across scaled-out instances and
/// restarts: links sent to one e-mail address (whether or not it belongs to staff, so the limit reveals nothing about
/// who is registered), and sign-in posts from one client address (<see cref="SignInRateLimits.ClientAddress(HttpContext)"/>).
/// One row per key and fixed window, keyed by the SHA-256 of the address (no address is stored), incremented with
/// optimistic concurrency. A hash of an address is still its pseudonym (an IPv4 hash is reversed by trying them all),
/// so the rows of ended windows are deleted: each instance sweeps them once per window.
/// </summary>
public sealed class SignInLimiter
{
    /// <summary>The table's name after the storage prefix.</summary>
    public const string TableSuffix = "SignInLimits";

    private const int MaxAttempts = 5;
    private const int MaxSwept = 500;

    private readonly TableClient _table;
    private readonly SignInOptions _options;
    private readonly TimeProvider _time;
    private volatile bool _ready;
    private long _sweptWindow = -1;

    /// <summary>Creates the limiter over the application's Table service.</summary>
    public SignInLimiter(TableServiceClient tables, IOptions<StorageOptions> storage, IOptions<SignInOptions> options, TimeProvider time)
    {
        _table = tables.GetTableClient(storage.Value.TablePrefix + TableSuffix);
        _options = options.Value;
        _time = time;
    }

    /// <summary>Takes one permit for <paramref name="email"/>; refused with when to try again once the address has had enough links.</summary>
    public Task<SignInPermit> TryAcquireForEmailAsync(string email, CancellationToken cancellationToken) =>
        TryAcquireAsync("address", SignInAddress.Normalize(email), _options.PerAddressPermits, cancellationToken);

    /// <summary>Takes one permit for the client <paramref name="clientAddress"/> (sign-in and link posts); refused with when to try again.</summary>
    public Task<SignInPermit> TryAcquireForClientAsync(string clientAddress, CancellationToken cancellationToken) =>
        TryAcquireAsync("client", clientAddress, _options.PerIpPermits, cancellationToken);

    private async Task<SignInPermit> TryAcquireAsync(string partition, string key, int permits, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var windowMs = (long)_options.RateWindow.TotalMilliseconds;
        var window = now.ToUnixTimeMilliseconds() / windowMs;
        var windowEnd = DateTimeOffset.FromUnixTimeMilliseconds((window + 1) * windowMs);
        var row = Hash(key) + "-" + window.ToString(CultureInfo.InvariantCulture);
        await EnsureTableAsync(cancellationToken);
        if (Interlocked.Exchange(ref _sweptWindow, window) != window)
        {
            await SweepAsync(now, cancellationToken);
        }

        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var existing = await _table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            try
            {
                if (!existing.HasValue)
                {
                    await _table.AddEntityAsync(new TableEntity(partition, row) { ["Count"] = 1, ["ExpiresAt"] = windowEnd }, cancellationToken);
                    return SignInPermit.Granted;
                }

                var entity = existing.Value!;
                var count = entity.GetInt32("Count") ?? 0;
                if (count >= permits)
                {
                    return SignInPermit.Refused(windowEnd - now);
                }

                entity["Count"] = count + 1;
                await _table.UpdateEntityAsync(entity, entity.ETag, TableUpdateMode.Replace, cancellationToken);
                return SignInPermit.Granted;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another instance counted at the same moment: read again.
            }
        }

        // Heavy contention on one key is itself a sign of abuse.
        return SignInPermit.Refused(windowEnd - now);
    }

    private async Task SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var swept = 0;
        var ended = _table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"ExpiresAt le {now}"), maxPerPage: 100, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken);
        await foreach (var row in ended)
        {
            try
            {
                await _table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // Another instance swept it first.
            }

            if (++swept >= MaxSwept)
            {
                break;
            }
        }
    }

    private static string Hash(string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!_ready)
        {
            await _table.CreateIfNotExistsAsync(cancellationToken);
            _ready = true;
        }
    }
}
