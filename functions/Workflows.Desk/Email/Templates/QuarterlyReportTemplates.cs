using System.Globalization;
using Workflows.Desk.Email.Models;
using Workflows.Desk.Reports;
using Workflows.Steps;

namespace Workflows.Desk.Email.Templates;

/// <summary>The quarterly report e-mail: aggregated figures only.</summary>
internal static class QuarterlyReportTemplates
{
    public static IEnumerable<KeyValuePair<string, Func<SendEmail, EmailLanguage, EmailContent>>> All =>
    [
        TemplateEntry.Of<QuarterlyReportEmail>(EmailTemplates.QuarterlyReport, Report),
    ];

    private static EmailContent Report(QuarterlyReportEmail m, EmailLanguage l)
    {
        var title = l.T($"Rapporto del {m.Quarter}° trimestre {m.Year} – {m.NetworkName}", $"Report for Q{m.Quarter} {m.Year} – {m.NetworkName}");
        var c = new EmailContent(title, title) { CodeLabel = l.T("Rapporto", "Report") }
            .P(l.T($"Al coordinamento della rete {m.NetworkName},", $"To the coordinators of {m.NetworkName},"))
            .P(l.T("ecco i numeri del trimestre per il gruppo di lavoro interdisciplinare.", "here are the quarter's figures for the interdisciplinary working group."))
            .Facts(
                new(l.T("Periodo", "Period"), $"{l.Day(m.From)} – {l.Day(m.To)}"),
                new(l.T("Richieste ricevute", "Requests received"), m.Total.ToString(CultureInfo.InvariantCulture)));
        Table(c, l, l.T("Richieste per comune", "Requests per municipality"), l.T("Comune", "Municipality"), m.ByComune);
        Table(c, l, l.T("Richieste per partner", "Requests per partner"), l.T("Partner", "Partner"), m.ByPartner);
        Table(c, l, l.T("Richieste per tema", "Requests per topic"), l.T("Tema", "Topic"), m.ByCategory);
        Table(c, l, l.T("Richieste per esito", "Requests per outcome"), l.T("Esito", "Outcome"), m.ByOutcome);
        return c.Next(l, l.T(
            "Il dettaglio, con l'esportazione CSV, è nel cruscotto del coordinamento.",
            "The details, with the CSV export, are on the coordinators' dashboard."));
    }

    private static void Table(EmailContent c, EmailLanguage l, string caption, string header, IReadOnlyList<FigureRow> rows)
    {
        if (rows.Count == 0)
        {
            c.H2(caption).P(l.T("Nessun dato nel trimestre.", "No data this quarter."));
            return;
        }

        c.Table(caption, header, l.T("Richieste", "Requests"), rows.Select(r => (r.Label, r.Count.ToString(CultureInfo.InvariantCulture))));
    }
}
