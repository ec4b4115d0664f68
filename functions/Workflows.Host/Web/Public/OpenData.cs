using System.Globalization;
using System.Text;
using System.Text.Json;
using Workflows.Desk.Model;
using Workflows.Host.Web.Coordinator;
using Workflows.Host.Web.Shared;

namespace Workflows.Host.Web.Public;

/// <summary>
/// The open statistics as open data: <c>/public/statistics.csv</c> and <c>/public/statistics.json</c>, under the
/// Creative Commons Attribution 4.0 licence, with the date of the figures. The same counts as the page, small ones
/// suppressed (empty count, <c>suppressed</c> true), never the number itself.
/// </summary>
public static class OpenData
{
    /// <summary>The licence's SPDX id.</summary>
    public const string License = "CC-BY-4.0";

    /// <summary>The licence's deed.</summary>
    public const string LicenseUrl = "https://creativecommons.org/licenses/by/4.0/deed.it";

    /// <summary>Maps the two downloads (anonymous).</summary>
    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder app)
    {
        app.MapGet("/public/statistics.csv", CsvAsync).ExcludeFromDescription();
        app.MapGet("/public/statistics.json", JsonAsync).ExcludeFromDescription();
        return app;
    }

    /// <summary>One published figure.</summary>
    /// <param name="Dimension">What it is counted by: total, category, step, outcome, quarter, partner, desk comune.</param>
    /// <param name="Code">The code (enum name, ISTAT code, partner id, quarter).</param>
    /// <param name="Label">The code in words.</param>
    /// <param name="Count">How many requests, or null when suppressed.</param>
    internal sealed record Row(string Dimension, string Code, string Label, int? Count);

    internal static List<Row> Rows(OpenStatisticsSnapshot f, NetworkDirectory directory)
    {
        int? Shown(int n) => n < OpenStatistics.Threshold ? null : n;
        var rows = new List<Row>
        {
            new("totale", "richieste", Texts.TotalRequestsLabel, Shown(f.Total)),
            new("totale", "aperte", Texts.OpenRequestsLabel, Shown(f.Open)),
            new("totale", "concluse", Texts.EndedRequestsLabel, Shown(f.Total - f.Open)),
        };
        void Add(string dimension, IEnumerable<OpenFigure> figures, Func<string, string> label) =>
            rows.AddRange(figures.Select(x => new Row(dimension, x.Key, label(x.Key), Shown(x.Count))));
        Add("categoria", f.ByCategory, StatisticsModel.CategoryLabel);
        Add("passo", f.ByStep, k => Texts.Step(k));
        Add("esito", f.ByOutcome, k => Texts.OutcomeLabel(k));
        Add("trimestre", f.ByQuarter, StatisticsModel.QuarterLabel);
        Add("partner", f.ByPartner, k => k.Length == 0 ? Texts.NotYetAssigned : directory.FindPartner(k)?.Name ?? k);
        Add("comune_sportello", f.ByComune, k =>
            k == OpenStatistics.OtherComuni ? Texts.OtherComuni : directory.FindComune(k) is { } c ? $"{c.Name} ({c.Province})" : Texts.Unassigned);
        return rows;
    }

    private static async Task CsvAsync(HttpContext context, OpenStatistics statistics, NetworkDirectory directory, CancellationToken cancellationToken)
    {
        var f = await statistics.GetAsync(cancellationToken);
        var at = Instant(f.At);
        Headers(context, "text/csv; charset=utf-8", f, "csv");
        var csv = new StringBuilder();
        csv.Append(CoordinatorExport.Line(',', ["dimensione", "codice", "etichetta", "richieste", "soppresso", "data_dati", "licenza"]));
        foreach (var row in Rows(f, directory))
        {
            csv.Append(CoordinatorExport.Line(',',
            [
                row.Dimension, row.Code, row.Label, row.Count?.ToString(CultureInfo.InvariantCulture) ?? "",
                row.Count is null ? "true" : "false", at, License,
            ]));
        }

        await context.Response.WriteAsync(csv.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), cancellationToken);
    }

    private static async Task JsonAsync(HttpContext context, OpenStatistics statistics, NetworkDirectory directory, CancellationToken cancellationToken)
    {
        var f = await statistics.GetAsync(cancellationToken);
        Headers(context, "application/json; charset=utf-8", f, "json");
        var document = new
        {
            title = Texts.StatisticsTitle,
            description = Texts.SuppressionNote,
            license = License,
            licenseUrl = LicenseUrl,
            attribution = Texts.OpenDataAttribution,
            figuresAt = Instant(f.At),
            suppressedBelow = OpenStatistics.Threshold,
            figures = Rows(f, directory).Select(r => new { dimension = r.Dimension, code = r.Code, label = r.Label, count = r.Count, suppressed = r.Count is null }),
        };
        await JsonSerializer.SerializeAsync(context.Response.Body, document, JsonOptions, cancellationToken);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    private static void Headers(HttpContext context, string contentType, OpenStatisticsSnapshot f, string extension)
    {
        context.Response.ContentType = contentType;
        context.Response.Headers.ContentDisposition =
            $"attachment; filename=\"statistiche-sportelli-{BusinessCalendarDate(f.At)}.{extension}\"";
        context.Response.Headers.Append("Link", $"<{LicenseUrl}>; rel=\"license\"");
        context.Response.Headers.LastModified = f.At.ToString("R", CultureInfo.InvariantCulture);
    }

    private static string BusinessCalendarDate(DateTimeOffset at) =>
        Workflows.Desk.Calendar.BusinessCalendar.RomeDate(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
