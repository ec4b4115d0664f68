using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace Workflows.Email;

/// <summary>
/// The default sender when no provider is configured: keeps every mail in a table so a page can show them and a
/// newcomer can click every link without a mail server.
/// </summary>
/// <remarks>
/// Keys: the partition is the UTC day and the row key the time, both reversed, so a plain query lists newest first
/// and one day's mails share a partition. The id is the row key (reverse ticks + random suffix); the partition is
/// derived from it. A table property holds at most 64 KiB (32 K UTF-16 chars) and an entity 1 MiB, so bodies are
/// stored in 30 000-character parts and cut (with <see cref="LocalMail.Truncated"/> set) past a budget that keeps
/// the entity under the limit. Thread-safe.
/// </remarks>
public sealed class LocalMailboxSender : IEmailSender
{
    /// <summary>The name in <see cref="EmailSendResult.Provider"/>.</summary>
    public const string ProviderName = "local-mailbox";

    /// <summary>Characters per stored part (60 000 bytes in UTF-16, under the 64 KiB property limit).</summary>
    internal const int PartLength = 30_000;

    // 15 parts of 60 000 bytes = 900 000 bytes: under 1 MiB with room for the other properties.
    internal const int MaxHtmlParts = 10;
    internal const int MaxTextParts = 4;
    internal const int MaxIcsParts = 1;
    internal const string TruncationMark = "\n[… testo troncato / text truncated]";

    private const int MaxSubjectLength = 2_000;
    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");
    private static readonly string[] SummaryColumns = ["RowKey", "To", "Subject", "Category", "SentAt", "IcsParts"];

    private readonly TableClient _table;
    private readonly TimeProvider _time;
    private volatile bool _tableReady;

    private readonly DateTimeOffset? _unavailableUntil;

    /// <summary>
    /// Creates the mailbox over <paramref name="table"/> (created on first use), failing every mail until
    /// <paramref name="unavailableUntil"/> in real time (<see cref="LocalMailboxOptions.UnavailableUntil"/>).
    /// </summary>
    public LocalMailboxSender(TableClient table, TimeProvider time, DateTimeOffset? unavailableUntil = null)
    {
        _table = table;
        _time = time;
        _unavailableUntil = unavailableUntil;
    }

    /// <inheritdoc />
    public async Task<EmailSendResult> SendAsync(EmailEnvelope envelope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        envelope.EnsureOpaqueMetadata();
        if (_unavailableUntil is { } until && TimeProvider.System.GetUtcNow() < until)
        {
            throw new RequestFailedException(503, "The local mailbox is unavailable (a drill: Email:LocalMailbox:UnavailableUntil).");
        }

        await EnsureTableAsync(ct);

        var sentAt = _time.GetUtcNow();
        var id = NewId(sentAt);
        var entity = new TableEntity(PartitionOf(sentAt), id)
        {
            ["To"] = envelope.To,
            ["ToKey"] = envelope.To.Trim().ToLowerInvariant(),
            ["Code"] = RequestCodeOf(envelope.Subject),
            ["InstanceId"] = envelope.CustomArgs.TryGetValue(EmailEnvelope.InstanceIdArg, out var instance) ? instance : null,
            ["Subject"] = Cut(envelope.Subject, MaxSubjectLength, out var subjectCut),
            ["Category"] = envelope.Category,
            ["SentAt"] = sentAt,
            ["IcsMethod"] = envelope.Ics is null ? null : envelope.IcsMethod,
            ["CustomArgs"] = JsonSerializer.Serialize(envelope.CustomArgs),
        };
        var truncated = subjectCut;
        truncated |= StoreParts(entity, "Html", envelope.Html, MaxHtmlParts);
        truncated |= StoreParts(entity, "Text", envelope.Text, MaxTextParts);
        if (envelope.Ics is not null)
        {
            // An invite cut in the middle is not an invite: it is kept whole or left out.
            if (envelope.Ics.Length <= PartLength * MaxIcsParts)
            {
                StoreParts(entity, "Ics", envelope.Ics, MaxIcsParts);
            }
            else
            {
                truncated = true;
            }
        }

        entity["Truncated"] = truncated;
        await _table.AddEntityAsync(entity, ct);
        return new EmailSendResult(ProviderName, id);
    }

    /// <summary>Lists mails newest first, one page at a time.</summary>
    /// <param name="continuation">Null for the first page, then the previous page's token.</param>
    /// <param name="pageSize">Mails per page (1-1000).</param>
    /// <param name="ct">Cancels the query.</param>
    public Task<LocalMailPage> ListAsync(string? continuation, int pageSize = 25, CancellationToken ct = default) =>
        ListAsync(LocalMailFilter.None, continuation, pageSize, ct);

    /// <summary>Lists the mails <paramref name="filter"/> keeps, newest first, one page at a time.</summary>
    /// <param name="filter">Recipient, request code, template.</param>
    /// <param name="continuation">Null for the first page, then the previous page's token.</param>
    /// <param name="pageSize">Mails per page (1-1000).</param>
    /// <param name="ct">Cancels the query.</param>
    public async Task<LocalMailPage> ListAsync(LocalMailFilter filter, string? continuation, int pageSize = 25, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageSize, 1000);
        await EnsureTableAsync(ct);

        var pages = _table.QueryAsync<TableEntity>(filter: filter.ToQuery(), maxPerPage: pageSize, select: SummaryColumns, cancellationToken: ct)
            .AsPages(string.IsNullOrEmpty(continuation) ? null : continuation, pageSize);
        await foreach (var page in pages)
        {
            // A filtered scan may answer an empty page that still continues: read on until mails or the end.
            if (page.Values.Count == 0 && page.ContinuationToken is not null)
            {
                continue;
            }

            var mails = page.Values.Select(e => new LocalMailSummary(
                e.RowKey,
                e.GetString("To") ?? string.Empty,
                e.GetString("Subject") ?? string.Empty,
                e.GetString("Category") ?? string.Empty,
                e.GetDateTimeOffset("SentAt") ?? default,
                (e.GetInt32("IcsParts") ?? 0) > 0)).ToList();
            return new LocalMailPage(mails, page.ContinuationToken);
        }

        return new LocalMailPage([], null);
    }

    /// <summary>Reads one mail in full; null when the id is unknown or not a mailbox id.</summary>
    public async Task<LocalMail?> GetAsync(string id, CancellationToken ct = default)
    {
        if (!TryReadTicks(id, out var sentAt))
        {
            return null;
        }

        await EnsureTableAsync(ct);
        var response = await _table.GetEntityIfExistsAsync<TableEntity>(PartitionOf(sentAt), id, cancellationToken: ct);
        if (!response.HasValue || response.Value is null)
        {
            return null;
        }

        var e = response.Value;
        var customArgs = JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("CustomArgs") ?? "{}")
            ?? new Dictionary<string, string>();
        return new LocalMail(
            e.RowKey,
            e.GetString("To") ?? string.Empty,
            e.GetString("Subject") ?? string.Empty,
            ReadParts(e, "Html") ?? string.Empty,
            ReadParts(e, "Text") ?? string.Empty,
            ReadParts(e, "Ics"),
            e.GetString("IcsMethod"),
            customArgs,
            e.GetString("Category") ?? string.Empty,
            e.GetDateTimeOffset("SentAt") ?? sentAt,
            e.GetBoolean("Truncated") ?? false);
    }

    private async Task EnsureTableAsync(CancellationToken ct)
    {
        if (_tableReady)
        {
            return;
        }

        // Idempotent: two callers racing here both succeed.
        await _table.CreateIfNotExistsAsync(ct);
        _tableReady = true;
    }

    /// <summary>The request code of a subject written as <c>[TO-2026-0148] …</c>, or null.</summary>
    internal static string? RequestCodeOf(string subject)
    {
        if (!subject.StartsWith('['))
        {
            return null;
        }

        var end = subject.IndexOf(']', StringComparison.Ordinal);
        return end is > 1 and <= 40 ? subject[1..end].Trim().ToUpperInvariant() : null;
    }

    private static string NewId(DateTimeOffset sentAt)
    {
        var reverse = DateTimeOffset.MaxValue.UtcTicks - sentAt.UtcTicks;
        return reverse.ToString("D19", CultureInfo.InvariantCulture) + "-"
            + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    }

    private static bool TryReadTicks(string? id, out DateTimeOffset sentAt)
    {
        sentAt = default;
        if (id is null || id.Length != 28 || id[19] != '-'
            || id.AsSpan(20).ContainsAnyExcept(LowerHex)
            || !long.TryParse(id.AsSpan(0, 19), NumberStyles.None, CultureInfo.InvariantCulture, out var reverse))
        {
            return false;
        }

        var ticks = DateTimeOffset.MaxValue.UtcTicks - reverse;
        if (ticks < DateTimeOffset.MinValue.UtcTicks)
        {
            return false;
        }

        sentAt = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }

    private static string PartitionOf(DateTimeOffset sentAt)
    {
        var day = sentAt.UtcDateTime.Date;
        return (DateTime.MaxValue.Date.Ticks - day.Ticks).ToString("D19", CultureInfo.InvariantCulture);
    }

    /// <returns>True when <paramref name="value"/> had to be cut.</returns>
    private static bool StoreParts(TableEntity entity, string name, string value, int maxParts)
    {
        var kept = Cut(value, PartLength * maxParts, out var cut);
        var parts = 0;
        for (var start = 0; start < kept.Length; parts++)
        {
            var length = Math.Min(PartLength, kept.Length - start);
            if (start + length < kept.Length && char.IsHighSurrogate(kept[start + length - 1]))
            {
                length--; // never split a surrogate pair across two parts
            }

            entity[name + parts.ToString(CultureInfo.InvariantCulture)] = kept.Substring(start, length);
            start += length;
        }

        entity[name + "Parts"] = parts;
        return cut;
    }

    private static string? ReadParts(TableEntity entity, string name)
    {
        var parts = entity.GetInt32(name + "Parts");
        if (parts is null or 0)
        {
            return parts is null ? null : string.Empty;
        }

        return string.Concat(Enumerable.Range(0, parts.Value)
            .Select(i => entity.GetString(name + i.ToString(CultureInfo.InvariantCulture))));
    }

    private static string Cut(string value, int maxLength, out bool cut)
    {
        cut = value.Length > maxLength;
        if (!cut)
        {
            return value;
        }

        var length = maxLength - TruncationMark.Length; // room for the mark; never split a surrogate pair
        if (char.IsHighSurrogate(value[length - 1]))
        {
            length--;
        }

        return value[..length] + TruncationMark;
    }
}
