using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Workflows.Host.Extensions;

namespace Workflows.Host.Authorization;

/// <summary>
/// Issues, lists, revokes and checks API tokens, kept in the table <c>{prefix}ApiTokens</c>. A token carries the
/// networks of the coordinator who issued it (column <c>Networks</c>: comma list, <c>*</c> for the whole service);
/// a row without that column was issued before tokens were scoped and is no longer accepted.
/// </summary>
/// <remarks>
/// A token reads <c>wfk_{id}_{secret}</c>: 16 base32 characters of id, 64 hex characters (256 bits) of secret.
/// The id finds the row with one point read; the row holds only the SHA-256 of the whole token, compared in
/// constant time, so a copy of the table does not unlock the API. A slow hash is not needed: the secret is
/// random, not a password. Thread-safe.
/// </remarks>
public sealed class ApiTokenStore
{
    /// <summary>The table's name after the storage prefix.</summary>
    public const string TableSuffix = "ApiTokens";

    private const string Prefix = "wfk_";
    private const string Partition = "token";
    private const int IdLength = 16;
    private const int SecretLength = 64;
    private const string IdAlphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    private const string AllNetworks = "*";

    private readonly TableClient _table;
    private readonly TimeProvider _time;
    private volatile bool _ready;

    /// <summary>Creates the store over the application's Table service.</summary>
    public ApiTokenStore(TableServiceClient tables, IOptions<StorageOptions> storage, TimeProvider time)
    {
        _table = tables.GetTableClient(storage.Value.TablePrefix + TableSuffix);
        _time = time;
    }

    /// <summary>Issues a token named <paramref name="name"/> for <paramref name="owner"/>, limited to <paramref name="networks"/> (null: all).</summary>
    public async Task<IssuedApiToken> IssueAsync(string name, string owner, IReadOnlyList<string>? networks, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        await EnsureTableAsync(cancellationToken);
        var id = RandomNumberGenerator.GetString(IdAlphabet, IdLength);
        var secret = Prefix + id + "_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(SecretLength / 2));
        var token = new ApiToken(id, name, owner, _time.GetUtcNow(), null, networks);
        await _table.AddEntityAsync(
            new TableEntity(Partition, id)
            {
                ["Name"] = token.Name,
                ["Owner"] = token.Owner,
                ["CreatedAt"] = token.CreatedAt,
                ["Hash"] = Hash(secret),
                ["Networks"] = networks is null ? AllNetworks : string.Join(',', networks),
            },
            cancellationToken);
        return new IssuedApiToken(token, secret);
    }

    /// <summary>The tokens of <paramref name="owner"/>, newest first, revoked ones included.</summary>
    public async Task<IReadOnlyList<ApiToken>> ListAsync(string owner, CancellationToken cancellationToken)
    {
        await EnsureTableAsync(cancellationToken);
        var list = new List<ApiToken>();
        await foreach (var row in _table.QueryAsync<TableEntity>(e => e.PartitionKey == Partition, cancellationToken: cancellationToken))
        {
            var token = ToToken(row);
            if (string.Equals(token.Owner, owner, StringComparison.Ordinal))
            {
                list.Add(token);
            }
        }

        return [.. list.OrderByDescending(t => t.CreatedAt)];
    }

    /// <summary>Revokes a token of <paramref name="owner"/>. False when they have no such token; revoking twice is harmless.</summary>
    public async Task<bool> RevokeAsync(string id, string owner, CancellationToken cancellationToken)
    {
        if (!IsValidId(id))
        {
            return false;
        }

        await EnsureTableAsync(cancellationToken);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken);
        if (!row.HasValue)
        {
            return false;
        }

        var entity = row.Value!;
        if (!string.Equals(entity.GetString("Owner"), owner, StringComparison.Ordinal))
        {
            // Someone else's token is as absent as a token that does not exist.
            return false;
        }

        if (entity.GetDateTimeOffset("RevokedAt") is null)
        {
            entity["RevokedAt"] = _time.GetUtcNow();
            await _table.UpdateEntityAsync(entity, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }

        return true;
    }

    /// <summary>The token <paramref name="text"/> stands for, when it exists, matches and is not revoked.</summary>
    public async Task<ApiToken?> ValidateAsync(string text, CancellationToken cancellationToken)
    {
        if (!TryReadId(text, out var id))
        {
            return null;
        }

        await EnsureTableAsync(cancellationToken);
        var row = await _table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: cancellationToken);
        if (!row.HasValue)
        {
            return null;
        }

        var stored = Convert.FromHexString(row.Value!.GetString("Hash") ?? string.Empty);
        var presented = Convert.FromHexString(Hash(text));
        if (!CryptographicOperations.FixedTimeEquals(stored, presented))
        {
            return null;
        }

        if (row.Value.GetString("Networks") is null)
        {
            // Issued before tokens carried networks: it would see every network, so it no longer works.
            return null;
        }

        var token = ToToken(row.Value);
        return token.IsRevoked ? null : token;
    }

    /// <summary>True when <paramref name="id"/> has the shape of a token id.</summary>
    public static bool IsValidId(string? id) =>
        id is { Length: IdLength } && id.All(c => IdAlphabet.Contains(c, StringComparison.Ordinal));

    private static bool TryReadId(string? text, out string id)
    {
        id = string.Empty;
        if (text is null || text.Length != Prefix.Length + IdLength + 1 + SecretLength || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var candidate = text.Substring(Prefix.Length, IdLength);
        if (!IsValidId(candidate) || text[Prefix.Length + IdLength] != '_' || !IsLowerHex(text.AsSpan(Prefix.Length + IdLength + 1)))
        {
            return false;
        }

        id = candidate;
        return true;
    }

    private static bool IsLowerHex(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static ApiToken ToToken(TableEntity row) => new(
        row.RowKey,
        row.GetString("Name") ?? string.Empty,
        row.GetString("Owner") ?? string.Empty,
        row.GetDateTimeOffset("CreatedAt") ?? default,
        row.GetDateTimeOffset("RevokedAt"),
        row.GetString("Networks") is { } networks && networks != AllNetworks ? networks.Split(',', StringSplitOptions.RemoveEmptyEntries) : null);

    private async Task EnsureTableAsync(CancellationToken cancellationToken)
    {
        if (!_ready)
        {
            await _table.CreateIfNotExistsAsync(cancellationToken);
            _ready = true;
        }
    }
}
