using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Workflows.Desk.Email;
using Workflows.Desk.Events;
using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Requests;
using Workflows.Host.Runtime;

namespace Workflows.Host.Tests.Web;

/// <summary>The coordinator's screens speak the clerk's language and find a request by the code or the applicant people use.</summary>
[Collection(LinksCollection.Name)]
public sealed partial class CoordinatorLanguageTests(LinksFixture fx)
{
    [Fact]
    public async Task Given_a_desk_request_when_the_coordinator_searches_its_code_then_the_row_shows_code_partner_comune_and_topic_by_name()
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent);
        var coordinator = await fx.SignedInClientAsync(WebFixture.CoordinatorEmail);

        var page = await WebFixture.GetPageAsync(coordinator, "/coordinator?code=" + code.ToLowerInvariant());

        var row = Assert.Single(page.QuerySelectorAll("main table tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(code, row.QuerySelector("th a")!.TextContent.Trim());
        Assert.Equal($"/coordinator/instances/{id}", row.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Contains("Novain S.r.l. (Leinì)", cells);
        Assert.Contains("Burolo (TO)", cells);
        Assert.Contains("Innovazione e brevetti", cells);
        Assert.Contains("Giulia Rossi", cells);
        Assert.DoesNotContain("InnovationPatent", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("001042", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(code.ToLowerInvariant(), page.QuerySelector("#f-code")?.GetAttribute("value"));
        Assert.Contains(page.QuerySelectorAll("#f-partner option"), o => o.TextContent == "Novain S.r.l. (Leinì)" && o.GetAttribute("value") == "novain");
    }

    [Fact]
    public async Task Given_a_desk_request_when_the_coordinator_filters_by_the_comune_name_then_it_is_found_and_the_field_shows_the_name()
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent);
        var coordinator = await fx.SignedInClientAsync(WebFixture.CoordinatorEmail);

        var byName = await WebFixture.GetPageAsync(coordinator, $"/coordinator?code={code}&comune=burolo");
        var byLabel = await WebFixture.GetPageAsync(coordinator, $"/coordinator?code={code}&comune=" + Uri.EscapeDataString("Burolo (TO)"));
        var byCode = await WebFixture.GetPageAsync(coordinator, $"/coordinator?code={code}&comune=001042");
        var other = await WebFixture.GetPageAsync(coordinator, $"/coordinator?code={code}&comune=Gavi");

        foreach (var page in new[] { byName, byLabel, byCode })
        {
            Assert.Equal($"/coordinator/instances/{id}", Assert.Single(page.QuerySelectorAll("main table tbody th a")).GetAttribute("href"));
        }

        Assert.Empty(other.QuerySelectorAll("main table tbody tr"));
        Assert.Equal("Burolo (TO)", byCode.QuerySelector("#f-comune")?.GetAttribute("value"));
        Assert.Contains(byCode.QuerySelectorAll("#comuni option"), o => o.GetAttribute("value") == "Perosa Canavese (TO)");
    }

    [Theory]
    [InlineData("it")]
    [InlineData("en")]
    public async Task Given_requests_with_history_and_timers_then_no_coordinator_screen_shows_an_internal_value(string culture)
    {
        // A request that went through a partner reminder and was accepted: timers, history events, e-mails, tags.
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent);
        await fx.FireTimerAsync(id, DeskRequestTimers.PartnerReminder(1));
        var accepted = await fx.Commands.RaiseEventAsync(id, DeskRequestEvents.PartnerAccepted, new PartnerAcceptance((await fx.StateAsync(id)).StepToken, "Ci vediamo allo sportello di Burolo"));
        Assert.Equal(EventOutcome.Applied, accepted.Outcome);
        await fx.DrainAsync();
        var (waiting, _) = await fx.FileRequestAsync(Category.DigitalTransition);
        Assert.NotEmpty((await fx.InstanceAsync(waiting)).Timers);
        var coordinator = await fx.SignedInClientAsync(WebFixture.CoordinatorEmail);
        var q = "culture=" + culture;

        var screens = new Dictionary<string, string>
        {
            ["list"] = VisibleText(await WebFixture.GetPageAsync(coordinator, $"/coordinator?{q}")),
            ["list by code"] = VisibleText(await WebFixture.GetPageAsync(coordinator, $"/coordinator?code={code}&{q}")),
            ["request page"] = VisibleText(await WebFixture.GetPageAsync(coordinator, $"/coordinator/instances/{id}?{q}")),
            ["waiting request page"] = VisibleText(await WebFixture.GetPageAsync(coordinator, $"/coordinator/instances/{waiting}?{q}")),
            ["reassign page"] = VisibleText(await WebFixture.GetPageAsync(coordinator, $"/coordinator/instances/{waiting}/reassign?{q}")),
            ["overview"] = VisibleText(await WebFixture.GetPageAsync(coordinator, $"/coordinator/overview?{q}")),
        };
        var csv = await coordinator.GetAsync($"/coordinator/export.csv?code={code}&{q}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var csvText = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        var record = csvText.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1];
        // The CSV's last column is the technical id and its ISTAT column is for joining open data: the rest is words.
        screens["csv"] = record[..record.LastIndexOf(culture == "en" ? ',' : ';')];

        var request = screens["request page"];
        Assert.Contains(code, request, StringComparison.Ordinal);
        Assert.Contains(culture == "en" ? "Automatic reminder to the partner" : "Sollecito automatico al partner", request, StringComparison.Ordinal);
        Assert.Contains(culture == "en" ? "The partner accepted the request" : "Il partner ha accettato la richiesta", request, StringComparison.Ordinal);
        Assert.Contains("Giulia Rossi", request, StringComparison.Ordinal);
        Assert.Contains("Ci vediamo allo sportello di Burolo", request, StringComparison.Ordinal);
        Assert.Contains(culture == "en" ? "Partner's deadline" : "Scadenza del partner", screens["waiting request page"], StringComparison.Ordinal);
        Assert.Contains(code, screens["csv"], StringComparison.Ordinal);
        Assert.Contains("Burolo (TO)", screens["csv"], StringComparison.Ordinal);
        foreach (var (screen, text) in screens)
        {
            var found = InternalValues(screen == "csv").Where(v => text.Contains(v, StringComparison.Ordinal)).ToList();
            Assert.True(found.Count == 0, $"{screen} ({culture}) shows internal values: {string.Join(", ", found)}");
            Assert.DoesNotMatch(UtcIsoDate(), text);
            Assert.DoesNotContain(id.Value, text, StringComparison.Ordinal);
            Assert.DoesNotContain(waiting.Value, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Given_a_desk_request_when_the_coordinator_searches_the_applicant_by_name_or_email_then_it_is_found_within_the_network()
    {
        var email = $"marta.bianchi.{LinksFixture.NextNumber()}@example.org";
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent, applicantEmail: email);
        var coordinator = await fx.SignedInClientAsync(WebFixture.CoordinatorEmail);
        var otherNetwork = await fx.SignedInClientAsync(WebFixture.NetworkCoordinatorEmail);

        var byEmail = await WebFixture.GetPageAsync(coordinator, "/coordinator?applicant=" + Uri.EscapeDataString(email.ToUpperInvariant()));
        var byName = await WebFixture.GetPageAsync(coordinator, $"/coordinator?code={code}&applicant=" + Uri.EscapeDataString("rossì giulia"));
        var nobody = await WebFixture.GetPageAsync(coordinator, "/coordinator?applicant=Nessuno+Mai+Visto");
        var foreign = await WebFixture.GetPageAsync(otherNetwork, "/coordinator?applicant=" + Uri.EscapeDataString(email));

        var row = Assert.Single(byEmail.QuerySelectorAll("main table tbody tr"));
        Assert.Equal(code, row.QuerySelector("th a")!.TextContent.Trim());
        Assert.Equal($"/coordinator/instances/{id}", Assert.Single(byName.QuerySelectorAll("main table tbody th a")).GetAttribute("href"));
        Assert.Empty(nobody.QuerySelectorAll("main table tbody tr"));
        Assert.Contains("Nessuna richiesta della rete ha un richiedente", nobody.QuerySelector("#results-title + p")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(foreign.QuerySelectorAll("main table tbody tr"));
        Assert.Equal(email.ToUpperInvariant(), byEmail.QuerySelector("#f-applicant")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Given_the_step_filter_when_the_coordinator_types_the_label_the_suggestions_show_then_it_filters_and_a_wrong_one_gets_a_hint()
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent);
        var coordinator = await fx.SignedInClientAsync(WebFixture.CoordinatorEmail);

        var list = await WebFixture.GetPageAsync(coordinator, "/coordinator");
        var byLabel = await WebFixture.GetPageAsync(coordinator, $"/coordinator?code={code}&step=" + Uri.EscapeDataString("In esame dal partner"));
        var byOtherCase = await WebFixture.GetPageAsync(coordinator, $"/coordinator?code={code}&step=" + Uri.EscapeDataString("in esame DAL partner "));
        var otherStep = await WebFixture.GetPageAsync(coordinator, $"/coordinator?code={code}&step=" + Uri.EscapeDataString("Da pianificare"));
        var wrong = await WebFixture.GetPageAsync(coordinator, "/coordinator?step=" + Uri.EscapeDataString("In esame"));

        Assert.Contains(list.QuerySelectorAll("#steps option"), o => o.GetAttribute("value") == "In esame dal partner");
        Assert.DoesNotContain(list.QuerySelectorAll("#steps option"), o => o.GetAttribute("value") == "AwaitingPartnerReview");
        Assert.Equal($"/coordinator/instances/{id}", Assert.Single(byLabel.QuerySelectorAll("main table tbody th a")).GetAttribute("href"));
        Assert.Single(byOtherCase.QuerySelectorAll("main table tbody tr"));
        Assert.Equal("In esame dal partner", byOtherCase.QuerySelector("#f-step")?.GetAttribute("value"));
        Assert.Empty(otherStep.QuerySelectorAll("main table tbody tr"));
        Assert.Empty(wrong.QuerySelectorAll("main table tbody tr"));
        Assert.Equal("true", wrong.QuerySelector("#f-step")?.GetAttribute("aria-invalid"));
        Assert.Contains("Nessun passo si chiama «In esame».", wrong.QuerySelector("#f-step-error")?.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("Forse cercavi: In esame dal partner.", wrong.QuerySelector("#results-title + p")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_request_when_the_coordinator_reassigns_it_then_the_partners_serving_topic_and_territory_come_first_by_name_and_wrong_ones_are_explained()
    {
        // Digital transition in Burolo (TO): API Torino and Novain both serve it; routing gave it to API Torino.
        var (id, _) = await fx.FileRequestAsync(Category.DigitalTransition);
        Assert.Equal("api-torino", (await fx.StateAsync(id)).PartnerId);
        var coordinator = await fx.SignedInClientAsync(WebFixture.CoordinatorEmail);
        var url = $"/coordinator/instances/{id}/reassign";
        var confirm = await WebFixture.GetPageAsync(coordinator, url);
        var step = confirm.QuerySelector("input[name=Step]")!.GetAttribute("value")!;

        var groups = confirm.QuerySelectorAll("select#PartnerId optgroup").ToList();
        Assert.Equal(["Servono questo tema in questo territorio", "Altri partner della rete"], groups.Select(g => g.GetAttribute("label")));
        Assert.Equal(["Novain S.r.l. (Leinì)"], groups[0].QuerySelectorAll("option").Select(o => o.TextContent));
        Assert.Equal(["Confcooperative Piemonte Nord"], groups[1].QuerySelectorAll("option").Select(o => o.TextContent));
        Assert.Null(confirm.QuerySelector("input#PartnerId"));

        async Task<string?> ErrorOf(string partnerId)
        {
            var response = await WebFixture.PostFormAsync(coordinator, url, confirm, new() { ["Step"] = step, ["PartnerId"] = partnerId });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await WebFixture.ParseAsync(await response.Content.ReadAsStringAsync())).QuerySelector("#PartnerId-error")?.TextContent;
        }

        Assert.Equal("Nessun partner dell'anagrafica ha il codice «nessuno». Scegli il partner dall'elenco.", await ErrorOf("nessuno"));
        Assert.Equal("Centro per l'impiego di Ivrea non fa parte della rete di questa richiesta. Scegli un partner della rete.", await ErrorOf("cpi-ivrea"));
        Assert.Equal("La richiesta è già assegnata a API Torino – Associazione piccole e medie imprese. Scegli un altro partner.", await ErrorOf("api-torino"));
        Assert.Equal("api-torino", (await fx.StateAsync(id)).PartnerId);

        var done = await WebFixture.PostFormAsync(coordinator, url, confirm, new() { ["Step"] = step, ["PartnerId"] = "confcooperative", ["Reason"] = "prova" });
        await fx.DrainAsync();
        var after = await WebFixture.GetPageAsync(coordinator, done.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("confcooperative", (await fx.StateAsync(id)).PartnerId);
        Assert.Equal("Fatto: l'azione è stata eseguita.", after.QuerySelector("main .alert-info")?.TextContent.Trim());
    }

    [Fact]
    public void Given_a_deactivated_partner_then_it_is_not_offered_and_its_refusal_names_the_cause()
    {
        var demo = DemoDirectory.Create();
        var directory = demo with { Partners = [.. demo.Partners.Select(p => p.Id == "novain" ? p with { Active = false } : p)] };
        var state = new Dictionary<string, string> { ["network"] = DemoDirectory.PiccoliComuniNetwork, ["partner"] = "api-torino" };
        var instance = new WorkflowView
        {
            InstanceId = InstanceId.New(),
            Name = "Sample",
            Version = 1,
            RuntimeStatus = Workflows.Steps.RuntimeStatus.Running,
            Tags = state,
            CreatedAt = DateTimeOffset.UnixEpoch,
            LastUpdatedAt = DateTimeOffset.UnixEpoch,
        };

        var choices = Host.Web.Coordinator.PartnerChoices.For(instance, directory);

        Assert.DoesNotContain(choices.All, p => p.Id is "novain" or "api-torino" or "cpi-ivrea");
        Assert.Contains(choices.All, p => p.Id == "confcooperative");
        Assert.Null(choices.Problem("confcooperative", directory));
        Assert.Equal(
            "Novain S.r.l. (Leinì) è disattivato nell'anagrafica della rete e non riceve nuove richieste. Riattivalo o scegli un altro partner.",
            choices.Problem("novain", directory));
    }

    /// <summary>The text a person sees: the body without scripts and without the folded technical details (their summary stays), plus the chart labels.</summary>
    private static string VisibleText(IHtmlDocument page)
    {
        var body = (IElement)page.Body!.Clone(deep: true);
        foreach (var details in body.QuerySelectorAll("details"))
        {
            foreach (var child in details.Children.Where(c => c.LocalName != "summary").ToList())
            {
                child.Remove();
            }
        }

        foreach (var script in body.QuerySelectorAll("script:not(#overview-data), template").ToList())
        {
            script.Remove();
        }

        return page.Title + "\n" + body.TextContent;
    }

    /// <summary>The engine's and the domain's own names: steps, categories, events, timers, workflows, e-mail templates, tag keys.</summary>
    private static IEnumerable<string> InternalValues(bool csv)
    {
        static IEnumerable<string> Constants(Type type) =>
            type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);
        static bool CamelWords(string name) => name.Count(char.IsUpper) >= 2 && !name.Contains(' ', StringComparison.Ordinal);

        var names = Enum.GetNames<DeskRequestStep>().Concat(Enum.GetNames<Category>()).Concat(Enum.GetNames<EventRegistrationStep>())
            .Concat(Enum.GetNames<QuarterlyReportStep>()).Concat(Enum.GetNames<ApplicantKind>()).Concat(Enum.GetNames<ContactMode>())
            .Concat(Constants(typeof(DeskRequestEvents)))
            .Where(CamelWords);
        var kebab = Constants(typeof(DeskRequestTimers)).Concat(Constants(typeof(EmailTemplates)))
            .Concat([DeskRequestTimers.PartnerReminder(1), DeskRequestTimers.PartnerReminder(2), DeskRequestTimers.Survey(30)]);
        var values = names.Concat(kebab).Concat([DeskRequestWorkflow.WorkflowName, "slaDueAt", "EventRaised", "TimerFired", DemoDirectory.PiccoliComuniNetwork]);
        return csv ? values : values.Append("001042");
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")]
    private static partial Regex UtcIsoDate();
}
