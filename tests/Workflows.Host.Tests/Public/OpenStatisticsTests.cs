using Microsoft.Extensions.DependencyInjection;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Steps;
using Workflows.Host.Tests.Web;

namespace Workflows.Host.Tests.Public;

[Collection(PublicPagesCollection.Name)]
public sealed class OpenStatisticsTests(PublicPagesFixture web)
{
    /// <summary>The visible count of a row (the explanation for screen readers left out).</summary>
    private static string Cell(AngleSharp.Html.Dom.IHtmlDocument page, string table, string row)
    {
        var td = page.QuerySelectorAll($"#{table} tbody tr").Single(tr => tr.QuerySelector("th")!.TextContent.Trim() == row).QuerySelector("td")!;
        var hidden = td.QuerySelector(".visually-hidden")?.TextContent ?? "";
        Assert.True(hidden.Length == 0 || hidden.Contains("meno di 5", StringComparison.Ordinal), hidden);
        return (hidden.Length == 0 ? td.TextContent : td.TextContent.Replace(hidden, "", StringComparison.Ordinal)).Trim();
    }

    [Fact]
    public async Task Given_desk_requests_when_anyone_opens_the_statistics_then_counts_show_small_ones_are_suppressed_and_no_personal_data_appears()
    {
        var directory = web.Services.GetRequiredService<NetworkDirectory>();
        var people = new List<Applicant>();
        async Task FileAsync(Category category, string desk, string comune, int n)
        {
            var applicant = new Applicant(ApplicantKind.Business, $"Impresa Statistica {people.Count:00} Bertolino", $"titolare{people.Count}@statistica.example", "+39 0125 111111");
            people.Add(applicant);
            var intake = new DeskIntake(desk, comune, applicant, category, "Chiediamo di partecipare a un bando per i macchinari.", ContactMode.AtDesk,
                new PrivacyConsent("2026-01", web.Clock.GetUtcNow()));
            var input = directory.PrepareRequest(intake, $"TO-2026-{n:0000}");
            var started = await web.Commands.StartAsync(DeskRequestWorkflow.WorkflowName, input);
            Assert.Null(started.Rejection);
        }

        for (var i = 0; i < 6; i++)
        {
            await FileAsync(Category.CreditAndCalls, "burolo", "001042", 100 + i);
        }

        await FileAsync(Category.InnovationPatent, "quagliuzzo", "001208", 200);
        await FileAsync(Category.InnovationPatent, "quagliuzzo", "001208", 201);

        var page = await WebFixture.GetPageAsync(web.NewClient(), "/public/statistics");
        var text = page.Body!.TextContent;

        Assert.Equal("6", Cell(page, "by-category", "Accesso al credito e bandi"));
        Assert.Equal("< 5", Cell(page, "by-category", "Innovazione e brevetti"));
        Assert.Equal("6", Cell(page, "by-comune", "Burolo (TO)"));
        Assert.Equal("< 5", Cell(page, "by-comune", "Quagliuzzo (TO)"));
        Assert.Equal("6", Cell(page, "by-partner", "API Torino – Associazione piccole e medie imprese"));
        Assert.Equal("8", Cell(page, "by-step", "In esame dal partner"));
        Assert.Equal("8", Cell(page, "by-quarter", "1° trimestre 2026"));
        Assert.Contains("numeri inferiori a 5 non sono mostrati", text, StringComparison.Ordinal);
        Assert.All(people, p =>
        {
            Assert.DoesNotContain(p.Name, text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(p.Email!, page.DocumentElement.OuterHtml, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(p.Phone!, text, StringComparison.Ordinal);
        });
        Assert.DoesNotContain("Bertolino", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bando per i macchinari", text, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("table"), t => Assert.NotNull(t.QuerySelector("caption")));
        Assert.All(page.QuerySelectorAll("table thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));

        // The comune counted is the desk's (the intake takes the desk's comune), and the figure says so.
        Assert.Equal("Richieste per Comune dello sportello", page.GetElementById("by-comune-title")?.TextContent.Trim());

        // The same figures as open data, with the licence and the date of the figures.
        Assert.Equal("/public/statistics.csv", page.QuerySelector("a[href$='.csv']")?.GetAttribute("href"));
        Assert.Equal("/public/statistics.json", page.QuerySelector("a[href$='.json']")?.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("a[rel=license][href^='https://creativecommons.org/licenses/by/4.0/']"));
        var client = web.NewClient();
        using var csvResponse = await client.GetAsync("/public/statistics.csv");
        var csv = (await csvResponse.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        using var jsonResponse = await client.GetAsync("/public/statistics.json");
        using var json = System.Text.Json.JsonDocument.Parse(await jsonResponse.Content.ReadAsStringAsync());
        var figuresAt = web.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("dimensione,codice,etichetta,richieste,soppresso,data_dati,licenza", csv[0]);
        Assert.Contains($"categoria,CreditAndCalls,Accesso al credito e bandi,6,false,{figuresAt},CC-BY-4.0", csv);
        Assert.Contains($"categoria,InnovationPatent,Innovazione e brevetti,,true,{figuresAt},CC-BY-4.0", csv);
        Assert.Contains($"comune_sportello,001042,Burolo (TO),6,false,{figuresAt},CC-BY-4.0", csv);
        Assert.Contains("<https://creativecommons.org/licenses/by/4.0/deed.it>; rel=\"license\"", csvResponse.Headers.GetValues("Link"));
        Assert.Equal("CC-BY-4.0", json.RootElement.GetProperty("license").GetString());
        Assert.Equal(figuresAt, json.RootElement.GetProperty("figuresAt").GetString());
        var patent = json.RootElement.GetProperty("figures").EnumerateArray().Single(x => x.GetProperty("code").GetString() == "InnovationPatent" && x.GetProperty("dimension").GetString() == "categoria");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, patent.GetProperty("count").ValueKind);
        Assert.True(patent.GetProperty("suppressed").GetBoolean());
        var all = string.Join("\n", csv) + json.RootElement.GetRawText();
        Assert.All(people, p => Assert.DoesNotContain(p.Name, all, StringComparison.OrdinalIgnoreCase));
    }
}
