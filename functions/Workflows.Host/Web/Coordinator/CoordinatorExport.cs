using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Workflows.Host.Runtime;
using Workflows.Steps;
using Workflows.Host.Web.Shared;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Web.Coordinator;

/// <summary>
/// The CSV export of the dashboard's list: non-personal columns only (ids, steps, statuses, dates, tag codes),
/// UTF-8 with a BOM so Excel reads accents, the list separator of the language (';' in Italian Excel, ',' in
/// English), fields quoted when needed and formula-like values neutralised.
/// </summary>
public static class CoordinatorExport
{
    /// <summary>Maps <c>GET /coordinator/export.csv</c> (coordinators only).</summary>
    public static IEndpointRouteBuilder MapCoordinatorExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/coordinator/export.csv", ExportAsync)
            .RequireAuthorization(StaffPolicies.Coordinator)
            .ExcludeFromDescription();
        return app;
    }

    private static async Task ExportAsync(
        HttpContext context,
        [AsParameters] InstanceFilter filter,
        IWorkflowQueries queries,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var separator = Texts.IsEnglish ? ',' : ';';
        var query = CoordinatorScope.Of(context.User).Restrict(filter.ToQuery(now, 1000));
        var fileName = $"{(Texts.IsEnglish ? "requests" : "richieste")}-{TimeZoneInfo.ConvertTime(now, InstanceFilter.Rome):yyyy-MM-dd}.csv";
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        context.Response.Headers.CacheControl = "no-store";

        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024);
        await writer.WriteAsync(Line(separator, Headers()));
        await foreach (var i in queries.QueryAllAsync(query, cancellationToken))
        {
            var due = DashboardTags.ParseInstant(i.Tags.GetValueOrDefault(DashboardTags.SlaDueAt));
            await writer.WriteAsync(Line(separator,
            [
                i.InstanceId.Value,
                i.Name,
                i.CustomStatus ?? "",
                i.RuntimeStatus.ToString(),
                Instant(i.CreatedAt),
                Instant(i.LastUpdatedAt),
                i.Tags.GetValueOrDefault(DashboardTags.Network) ?? "",
                i.Tags.GetValueOrDefault(DashboardTags.Partner) ?? "",
                i.Tags.GetValueOrDefault(DashboardTags.Comune) ?? "",
                i.Tags.GetValueOrDefault(DashboardTags.Category) ?? "",
                due is { } d ? Instant(d) : "",
                Display.IsOverdue(i, now) ? "1" : "0",
            ]));
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string[] Headers() =>
    [
        Texts.L("id_richiesta", "request_id"),
        Texts.L("flusso", "workflow"),
        Texts.L("passo", "step"),
        Texts.L("stato", "runtime_status"),
        Texts.L("creata_il", "created_at"),
        Texts.L("aggiornata_il", "updated_at"),
        Texts.L("rete", "network"),
        Texts.L("partner", "partner"),
        Texts.L("comune_istat", "comune_istat"),
        Texts.L("categoria", "category"),
        Texts.L("scadenza", "sla_due_at"),
        Texts.L("scaduta", "sla_breached"),
    ];

    private static string Instant(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>One CSV record with its line ending (CRLF, as RFC 4180 says).</summary>
    internal static string Line(char separator, IEnumerable<string> fields) =>
        string.Join(separator, fields.Select(f => Field(f, separator))) + "\r\n";

    /// <summary>Quotes a field when it holds the separator, a quote or a line break; neutralises formula prefixes.</summary>
    internal static string Field(string value, char separator)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        var needsQuotes = value.Contains(separator, StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal)
            || value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal);
        return needsQuotes ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
