using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Workflows.Host.Authorization;
using Workflows.Host.Runtime;
using Workflows.Steps;
using Workflows.Host.Web.Shared;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Web.Coordinator;

/// <summary>
/// The CSV export of the dashboard's list: non-personal columns only, in the clerk's words (request code, step,
/// status, network, desk, comune, partner and category by name, dates in Rome time; the internal id last),
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
        IDashboardLabels labels,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var separator = Texts.IsEnglish ? ',' : ';';
        var query = NetworkScope.Of(context.User).Restrict(filter.ResolveNames(labels).ToQuery(now, 1000));
        var fileName = $"{(Texts.IsEnglish ? "requests" : "richieste")}-{TimeZoneInfo.ConvertTime(now, InstanceFilter.Rome):yyyy-MM-dd}.csv";
        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        context.Response.Headers.CacheControl = "no-store";

        await using var writer = new StreamWriter(context.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024);
        await writer.WriteAsync(Line(separator, Headers()));
        string Named(WorkflowView i, string tag) => i.Tags.GetValueOrDefault(tag) is { Length: > 0 } v ? labels.Describe(tag, v) : "";
        if (filter.StepUnknown)
        {
            await writer.FlushAsync(cancellationToken);
            return;
        }

        await foreach (var i in queries.QueryAllAsync(query, cancellationToken))
        {
            if (filter.ApplicantText is { } applicant && !ApplicantSearch.Matches(i, applicant))
            {
                continue;
            }

            var due = DashboardTags.ParseInstant(i.Tags.GetValueOrDefault(DashboardTags.SlaDueAt));
            await writer.WriteAsync(Line(separator,
            [
                i.Tags.GetValueOrDefault(DashboardTags.Code) is { Length: > 0 } code ? code : Display.ShortId(i.InstanceId),
                Texts.WorkflowLabel(i.Name),
                Texts.Step(i.CustomStatus),
                Texts.Status(i.RuntimeStatus),
                Texts.RomeStamp(i.CreatedAt),
                Texts.RomeStamp(i.LastUpdatedAt),
                Named(i, DashboardTags.Network),
                Named(i, DashboardTags.Desk),
                Named(i, DashboardTags.Comune),
                i.Tags.GetValueOrDefault(DashboardTags.Comune) ?? "",
                i.Tags.ContainsKey(DashboardTags.Partner) ? labels.Describe(DashboardTags.Partner, i.Tags[DashboardTags.Partner]) : "",
                Named(i, DashboardTags.Category),
                due is { } d ? Texts.RomeStamp(d) : "",
                Display.IsOverdue(i, now) ? Texts.L("sì", "yes") : Texts.L("no", "no"),
                i.InstanceId.Value,
            ]));
        }

        await writer.FlushAsync(cancellationToken);
    }

    private static string[] Headers() =>
    [
        Texts.L("codice", "code"),
        Texts.L("flusso", "workflow"),
        Texts.L("passo", "step"),
        Texts.L("stato", "status"),
        Texts.L("creata_il (ora di Roma)", "created_at (Rome time)"),
        Texts.L("aggiornata_il (ora di Roma)", "updated_at (Rome time)"),
        Texts.L("rete", "network"),
        Texts.L("sportello", "desk"),
        Texts.L("comune", "municipality"),
        Texts.L("codice_istat", "istat_code"),
        Texts.L("partner", "partner"),
        Texts.L("categoria", "category"),
        Texts.L("scadenza (ora di Roma)", "due (Rome time)"),
        Texts.L("scaduta", "overdue"),
        Texts.L("id_tecnico", "technical_id"),
    ];

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
