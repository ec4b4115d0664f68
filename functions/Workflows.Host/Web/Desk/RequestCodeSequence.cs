using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Workflows.Desk.Requests;

namespace Workflows.Host.Web.Desk;

/// <summary>
/// Hands out the numbers of human request codes (<c>TO-2026-0042</c>): one counter row per province and year in a
/// table, advanced with an ETag-guarded replace, so two desks filing at the same instant — on one machine or on many —
/// never get the same number.
/// </summary>
/// <remarks>
/// A number is taken before the request starts; a start that is then refused leaves a gap, which is harmless (codes
/// must be unique, not dense). Thread-safe; register as a singleton.
/// </remarks>
public sealed class RequestCodeSequence
{
    private const string Partition = "sequence";
    private const string LastProperty = "Last";
    private const int MaxAttempts = 100;

    private readonly TableClient _table;
    private volatile bool _tableReady;

    /// <summary>Keeps the counters in <paramref name="table"/> (created on first use).</summary>
    public RequestCodeSequence(TableClient table) => _table = table;

    /// <summary>The table holding the counters, named after the storage prefix.</summary>
    public static string TableName(string prefix) => prefix + "RequestCodes";

    /// <summary>The next request code of <paramref name="province"/> in <paramref name="year"/>.</summary>
    public async Task<string> NextCodeAsync(string province, int year, CancellationToken cancellationToken) =>
        RequestCodes.Format(province, year, await NextAsync(province, year, cancellationToken));

    /// <summary>The next number of <paramref name="province"/> in <paramref name="year"/>, starting at 1.</summary>
    /// <exception cref="InvalidOperationException">The counter stayed contended for too long.</exception>
    public async Task<int> NextAsync(string province, int year, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(province);
        await EnsureTableAsync(cancellationToken);
        var rowKey = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{province.Trim().ToUpperInvariant()}-{year:0000}");
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var existing = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, rowKey, cancellationToken: cancellationToken);
            try
            {
                if (!existing.HasValue || existing.Value is null)
                {
                    await _table.AddEntityAsync(new TableEntity(Partition, rowKey) { [LastProperty] = 1 }, cancellationToken);
                    return 1;
                }

                var row = existing.Value;
                var next = (row.GetInt32(LastProperty) ?? 0) + 1;
                row[LastProperty] = next;
                await _table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
                return next;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another desk took a number between our read and our write: read again, after a short random pause
                // so that contenders do not retry in lockstep.
                await Task.Delay(TimeSpan.FromMilliseconds(RandomNumberGenerator.GetInt32(1, 5 + Math.Min(attempt, 20) * 5)), cancellationToken);
            }
        }

        throw new InvalidOperationException("The request-code counter is too contended; try again.");
    }

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (_tableReady)
        {
            return;
        }

        await _table.CreateIfNotExistsAsync(cancellationToken);
        _tableReady = true;
    }
}
