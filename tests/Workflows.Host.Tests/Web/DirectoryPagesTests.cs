using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Desk.Model;
using Workflows.Host.Anagrafica;

namespace Workflows.Host.Tests.Web;

/// <summary>
/// The coordinators' directory pages on the real host (demo directory written at start): scope by network,
/// validation in Italian, deactivation, the change log, the first load and the export.
/// </summary>
public sealed class DirectoryPagesTests(WebFixture web) : IClassFixture<WebFixture>
{
    private const string Alessandria = "creazione.impresa@comune-alessandria.example";
    private const string Canavese = "coordinamento@anpci-piemonte.example";

    private NetworkRegistry Registry => web.Services.GetRequiredService<NetworkRegistry>();

    [Fact]
    public async Task Given_a_coordinator_then_the_directory_shows_their_networks_desks_and_partners_only_and_others_are_not_found()
    {
        var client = await web.SignedInClientAsync(Alessandria);

        var page = await WebFixture.GetPageAsync(client, "/coordinator/directory");

        var desks = page.QuerySelectorAll("#desks tbody th").Select(t => t.TextContent.Trim()).ToList();
        Assert.Contains("Sportello per l'innovazione di Gavi", desks);
        Assert.DoesNotContain("Sportello per l'innovazione di Burolo", desks);
        Assert.Contains("Informagiovani Alessandria", page.QuerySelector("#partners")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Novain", page.QuerySelector("#partners")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/coordinator/directory/desks/burolo")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/coordinator/directory/partners/novain")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/coordinator/directory/desks/gavi")).StatusCode);

        // A network's coordinator cannot pick another network: the parameter is ignored.
        var other = await WebFixture.GetPageAsync(client, "/coordinator/directory?network=anpci-novain");
        Assert.DoesNotContain("Burolo", other.QuerySelector("#desks")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_desk_and_partner_the_rules_refuse_then_each_field_says_why_in_italian_and_nothing_is_stored()
    {
        var client = await web.SignedInClientAsync(Alessandria);
        var form = await WebFixture.GetPageAsync(client, "/coordinator/directory/desks/new");

        var response = await WebFixture.PostFormAsync(client, "/coordinator/directory/desks/new", form, new()
        {
            ["Id"] = "tagliolo", ["ComuneIstat"] = "006999", ["Name"] = "Sportello di Tagliolo", ["Address"] = "Via Roma 1",
            ["ReferentName"] = "Rita Ferrando", ["Email"] = "sportello@", ["OfficeHours"] = "lun 12:00-09:00; mer 9-12", ["Culture"] = "it",
        });
        var page = await WebFixture.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Orari: il valore «mer 9-12» non si legge.", page.QuerySelector("#officeHours-error")?.TextContent);
        var partnerForm = await WebFixture.GetPageAsync(client, "/coordinator/directory/partners/new");
        var partner = await WebFixture.PostFormAsync(client, "/coordinator/directory/partners/new", partnerForm, new()
        {
            ["Id"] = "pro-loco-tagliolo", ["Name"] = "Pro Loco", ["Comuni"] = "006999", ["Provinces"] = "MI", ["ReviewerEmails"] = "pro.loco@", ["ReviewDays"] = "5",
        });
        var partnerPage = await WebFixture.ParseAsync(await partner.Content.ReadAsStringAsync());
        var errors = partnerPage.QuerySelectorAll("#form-errors li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
            [
                "Scegli almeno un ambito.",
                "Il territorio «006999» non esiste.",
                "Il territorio «MI» non esiste.",
                "L'indirizzo e-mail «pro.loco@» non è valido.",
            ],
            errors.Take(4));

        var second = await WebFixture.PostFormAsync(client, "/coordinator/directory/desks/new", form, new()
        {
            ["Id"] = "tagliolo", ["ComuneIstat"] = "006999", ["Name"] = "Sportello di Tagliolo", ["Address"] = "Via Roma 1",
            ["ReferentName"] = "Rita Ferrando", ["Email"] = "sportello@", ["OfficeHours"] = "lun 12:00-09:00", ["Culture"] = "it",
        });
        var secondPage = await WebFixture.ParseAsync(await second.Content.ReadAsStringAsync());
        Assert.Equal("Il codice ISTAT 006999 non è nell'elenco dei comuni.", secondPage.QuerySelector("#comuneIstat-error")?.TextContent);
        Assert.Equal("L'indirizzo e-mail «sportello@» non è valido.", secondPage.QuerySelector("#email-error")?.TextContent);
        Assert.Equal("L'orario «Monday 12:00-09:00» chiude prima di aprire.", secondPage.QuerySelector("#officeHours-error")?.TextContent);
        Assert.Null(Registry.Current.Directory.FindDesk("tagliolo"));
        Assert.Null(Registry.Current.Directory.FindPartner("pro-loco-tagliolo"));
    }

    [Fact]
    public async Task Given_a_new_desk_and_partner_then_they_are_stored_in_the_network_listed_and_the_change_log_says_who()
    {
        var client = await web.SignedInClientAsync(Alessandria);
        var form = await WebFixture.GetPageAsync(client, "/coordinator/directory/desks/new");

        var saved = await WebFixture.PostFormAsync(client, "/coordinator/directory/desks/new", form, new()
        {
            ["Id"] = "silvano-dorba", ["ComuneIstat"] = "006162", ["Name"] = "Sportello per l'innovazione di Silvano d'Orba", ["Address"] = "Piazza Cesare Battisti 1",
            ["ReferentName"] = "Rita Ferrando", ["Email"] = "Sportello@Comune.Silvano.example", ["OfficeHours"] = "mar 09:00-12:00\ngio 14:30-17:30", ["Culture"] = "it",
        });
        var partnerForm = await WebFixture.GetPageAsync(client, "/coordinator/directory/partners/new");
        var partnerSaved = await WebFixture.PostFormAsync(client, "/coordinator/directory/partners/new", partnerForm, new()
        {
            ["Id"] = "confartigianato-ovada", ["Name"] = "Confartigianato Ovada", ["Topics[0]"] = "StartingBusiness", ["Topics[1]"] = "CreditAndCalls",
            ["Comuni"] = "006162, 006121", ["ReviewerEmails"] = "ovada@confartigianato.example", ["ReviewDays"] = "3", ["Culture"] = "it",
        });

        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"{saved.StatusCode} {(await WebFixture.ParseAsync(await saved.Content.ReadAsStringAsync())).QuerySelector("main")?.TextContent}");
        Assert.Equal("/coordinator/directory", saved.Headers.Location?.OriginalString);
        Assert.Equal("/coordinator/directory", partnerSaved.Headers.Location?.OriginalString);
        var desk = Registry.Current.Directory.FindDesk("silvano-dorba")!;
        Assert.Equal(DemoDirectory.AlessandriaNetwork, desk.NetworkId);
        Assert.Equal("sportello@comune.silvano.example", desk.Email);
        Assert.Equal(2, desk.OfficeHours.Count);
        var partner = Registry.Current.Directory.FindPartner("confartigianato-ovada")!;
        Assert.Equal([DemoDirectory.AlessandriaNetwork], partner.NetworkIds);
        Assert.Equal(3, partner.EffectiveSla.EscalationBusinessDays);
        Assert.Equal([2], partner.EffectiveSla.ReminderBusinessDays);
        var list = await WebFixture.GetPageAsync(client, "/coordinator/directory");
        Assert.Contains("Sportello per l'innovazione di Silvano d'Orba", list.QuerySelector("#desks")!.TextContent, StringComparison.Ordinal);
        var log = list.QuerySelectorAll("#changes tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(log, r => r.Contains(Alessandria, StringComparison.Ordinal) && r.Contains("Sportello silvano-dorba: creato", StringComparison.Ordinal));
        Assert.Contains(log, r => r.Contains("Partner confartigianato-ovada: creato", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_desk_closures_then_the_desk_page_refuses_wrong_ones_in_italian_saves_good_ones_and_the_files_carry_them()
    {
        var client = await web.SignedInClientAsync(Alessandria);
        var form = await WebFixture.GetPageAsync(client, "/coordinator/directory/desks/gavi");
        var fields = new[] { "ComuneIstat", "Name", "Address", "ReferentName", "Email", "OfficeHours", "Culture" }
            .ToDictionary(f => f, f => form.QuerySelector($"[name='{f}']")!.GetAttribute("value") ?? form.QuerySelector($"[name='{f}']")!.TextContent);
        fields["Culture"] = "it";

        async Task<string?> ErrorOf(string closures)
        {
            var response = await WebFixture.PostFormAsync(client, "/coordinator/directory/desks/gavi", form, new(fields) { ["Closures"] = closures });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await WebFixture.ParseAsync(await response.Content.ReadAsStringAsync())).QuerySelector("#closures-error")?.TextContent;
        }

        Assert.Equal("La chiusura «21/08/2026-10/08/2026 chiusura estiva» finisce prima di cominciare o dura più di un anno.", await ErrorOf("21/08/2026-10/08/2026 chiusura estiva"));
        Assert.Equal("La chiusura «10/08/2025-21/08/2025 chiusura estiva» è già finita: controlla l'anno.", await ErrorOf("10/08/2025-21/08/2025 chiusura estiva"));
        Assert.Equal("Chiusure: il valore «agosto chiusura estiva» non si legge.", await ErrorOf("agosto chiusura estiva"));
        Assert.Equal("Chiusure: campo obbligatorio.", await ErrorOf("10/08/2026"));
        Assert.Null(Registry.Current.Directory.FindDesk("gavi")!.Closures);

        var saved = await WebFixture.PostFormAsync(client, "/coordinator/directory/desks/gavi", form, new(fields) { ["Closures"] = "10/08/2026-21/08/2026 chiusura estiva\n2026-12-24 vigilia di Natale" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(
            [new DeskClosure(new(2026, 8, 10), new(2026, 8, 21), "chiusura estiva"), new DeskClosure(new(2026, 12, 24), new(2026, 12, 24), "vigilia di Natale")],
            Registry.Current.Directory.FindDesk("gavi")!.Closures);
        var again = await WebFixture.GetPageAsync(client, "/coordinator/directory/desks/gavi");
        Assert.Equal("10/08/2026-21/08/2026 chiusura estiva\n24/12/2026 vigilia di Natale", again.QuerySelector("#closures")?.TextContent);
        var csv = await client.GetStringAsync("/coordinator/directory/import?handler=Export&kind=Desk&format=Csv");
        Assert.Contains("\"10/08/2026-21/08/2026 chiusura estiva; 24/12/2026 vigilia di Natale\",it,sì", csv, StringComparison.Ordinal);
        var json = await client.GetStringAsync("/coordinator/directory/import?handler=Export&kind=Desk&format=Json");
        var reloaded = DirectoryFiles.Read(DirectoryKind.Desk, DirectoryFormat.Json, json.TrimStart('\uFEFF'), DemoDirectory.AlessandriaNetwork);
        Assert.Equal(2, ((InnovationDesk)reloaded.Single(l => l.Id == "gavi").Entry!).Closures!.Count);
        var csvLines = DirectoryFiles.Read(DirectoryKind.Desk, DirectoryFormat.Csv, csv.TrimStart('\uFEFF'), DemoDirectory.AlessandriaNetwork);
        Assert.Equal(2, ((InnovationDesk)csvLines.Single(l => l.Id == "gavi").Entry!).Closures!.Count);

        // A file of the older form, without the closures column, changes the desk and keeps its closures.
        var gavi = Registry.Current.Directory.FindDesk("gavi")!;
        var older = CsvText.Write(
            ["id", "comune_istat", "nome", "indirizzo", "referente", "email", "orari", "lingua", "attivo"],
            [[gavi.Id, gavi.ComuneIstat, gavi.Name, gavi.Address, "Federica Repetto Bianchi", gavi.Email, OfficeHoursText.Format(gavi.OfficeHours), "it", "sì"]]);
        var importForm = await WebFixture.GetPageAsync(client, "/coordinator/directory/import");
        var applied = await WebFixture.ParseAsync(await (await WebFixture.PostFormAsync(client, "/coordinator/directory/import?handler=Apply", importForm, new()
        {
            ["Kind"] = "Desk", ["Format"] = "Csv", ["Pasted"] = older.TrimStart('\uFEFF'),
        })).Content.ReadAsStringAsync());
        Assert.Equal("Caricamento eseguito: 1 voci create o modificate su 1 righe.", applied.QuerySelector("#import-outcome")?.TextContent);
        Assert.Equal(("Federica Repetto Bianchi", 2), (Registry.Current.Directory.FindDesk("gavi")!.ReferentName, Registry.Current.Directory.FindDesk("gavi")!.Closures?.Count));
    }

    [Fact]
    public async Task Given_a_service_coordinator_then_they_create_a_network_whose_coordinators_sign_in_to_it_while_a_networks_coordinator_may_not()
    {
        var scoped = await web.SignedInClientAsync(Alessandria);
        var scopedList = await WebFixture.GetPageAsync(scoped, "/coordinator/directory");
        Assert.Null(scopedList.QuerySelector("a[href='/coordinator/directory/networks/new']"));
        Assert.NotEqual(HttpStatusCode.OK, (await scoped.GetAsync("/coordinator/directory/networks/new")).StatusCode);

        var service = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);
        Assert.NotNull((await WebFixture.GetPageAsync(service, "/coordinator/directory")).QuerySelector("a[href='/coordinator/directory/networks/new']"));
        var form = await WebFixture.GetPageAsync(service, "/coordinator/directory/networks/new");
        var refused = await WebFixture.ParseAsync(await (await WebFixture.PostFormAsync(service, "/coordinator/directory/networks/new", form, new()
        {
            ["Id"] = DemoDirectory.AlessandriaNetwork, ["Name"] = " ", ["CoordinatorEmails"] = Alessandria + ", coord@", ["Culture"] = "it",
        })).Content.ReadAsStringAsync());
        Assert.Equal(
            [
                "Nome: campo obbligatorio.",
                "L'indirizzo e-mail «coord@» non è valido.",
                $"Il codice «{DemoDirectory.AlessandriaNetwork}» non è valido o è ripetuto: da 3 a 50 lettere minuscole, cifre e trattini.",
            ],
            refused.QuerySelectorAll("#form-errors li").Select(li => li.TextContent.Trim()));
        var taken = await WebFixture.ParseAsync(await (await WebFixture.PostFormAsync(service, "/coordinator/directory/networks/new", form, new()
        {
            ["Id"] = "valli-orco-soana", ["Name"] = "Rete delle Valli Orco e Soana", ["CoordinatorEmails"] = Alessandria, ["Culture"] = "it",
        })).Content.ReadAsStringAsync());
        Assert.Equal($"«{Alessandria}» appartiene a un'altra rete.", taken.QuerySelector("#coordinatorEmails-error")?.TextContent);
        Assert.Null(Registry.Current.Directory.FindNetwork("valli-orco-soana"));

        var created = await WebFixture.PostFormAsync(service, "/coordinator/directory/networks/new", form, new()
        {
            ["Id"] = "valli-orco-soana", ["Name"] = "Rete delle Valli Orco e Soana", ["CoordinatorEmails"] = "Coordinamento@ValliOrco.example", ["Culture"] = "it",
        });

        Assert.Equal("/coordinator/directory?network=valli-orco-soana", created.Headers.Location?.OriginalString);
        Assert.Equal(["coordinamento@valliorco.example"], Registry.Current.Directory.FindNetwork("valli-orco-soana")!.CoordinatorEmails);
        var changes = await Registry.ChangesAsync("valli-orco-soana", 5, CancellationToken.None);
        Assert.Contains(changes, c => c.Kind == DirectoryKind.Network && c.Change == "created" && c.By == WebFixture.CoordinatorEmail);
        var newcomer = await web.SignedInClientAsync("coordinamento@valliorco.example");
        var theirs = await WebFixture.GetPageAsync(newcomer, "/coordinator/directory");
        Assert.Equal("Rete: Rete delle Valli Orco e Soana", theirs.QuerySelector("h1")?.TextContent);
        Assert.Contains("Rete valli-orco-soana: creato", theirs.QuerySelector("#changes")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_deployments_first_coordinators_then_they_may_create_networks_and_a_networks_other_coordinators_may_not()
    {
        var bootstrap = new DirectoryBootstrapOptions { NetworkId = "anci-piemonte", NetworkName = "ANCI Piemonte", Coordinators = "prima@anci.example; seconda@anci.example" };
        static System.Security.Claims.ClaimsPrincipal Coordinator(string email, string? network) =>
            Workflows.Host.Web.SignIn.StaffClaims.ToPrincipal(new(email, email, [Workflows.Host.Web.SignIn.StaffRole.Coordinator], NetworkId: network));

        Assert.True(Workflows.Host.Web.Coordinator.Anagrafica.DirectoryScope.MayCreateNetworks(Coordinator("Seconda@Anci.example", "anci-piemonte"), bootstrap));
        Assert.False(Workflows.Host.Web.Coordinator.Anagrafica.DirectoryScope.MayCreateNetworks(Coordinator("terza@anci.example", "anci-piemonte"), bootstrap));
        Assert.True(Workflows.Host.Web.Coordinator.Anagrafica.DirectoryScope.MayCreateNetworks(Coordinator("servizio@anci.example", null), bootstrap));
        Assert.False(Workflows.Host.Web.Coordinator.Anagrafica.DirectoryScope.MayCreateNetworks(
            Workflows.Host.Web.SignIn.StaffClaims.ToPrincipal(new("prima@anci.example", "Prima", [Workflows.Host.Web.SignIn.StaffRole.Desk], DeskId: "burolo")), bootstrap));
    }

    [Fact]
    public async Task Given_two_coordinators_editing_the_same_desk_partner_and_person_then_the_second_save_is_refused_in_italian_and_nothing_is_overwritten()
    {
        const string Conflict = "Questa voce è stata modificata da un'altra persona nel frattempo: nulla è stato salvato. Ricarica la pagina per vedere la versione aggiornata e ripeti la modifica.";
        var first = await web.SignedInClientAsync(Alessandria);
        var second = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);
        const string Query = "?network=" + DemoDirectory.AlessandriaNetwork;

        // A desk: both open the form, the first renames it, the second's change of address is refused.
        const string DeskUrl = "/coordinator/directory/desks/rocca-grimalda";
        var firstDesk = await WebFixture.GetPageAsync(first, DeskUrl);
        var secondDesk = await WebFixture.GetPageAsync(second, DeskUrl + Query);
        Assert.False(string.IsNullOrEmpty(secondDesk.QuerySelector("form input[name=Version]")?.GetAttribute("value")));
        Assert.Equal(HttpStatusCode.Redirect, (await WebFixture.PostFormAsync(first, DeskUrl, firstDesk, Fields(firstDesk, ("Name", "Sportello di Rocca Grimalda e Ovada")))).StatusCode);
        var refused = await WebFixture.PostFormAsync(second, DeskUrl + Query, secondDesk, Fields(secondDesk, ("Address", "Via Nuova 2")));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(Conflict, (await WebFixture.ParseAsync(await refused.Content.ReadAsStringAsync())).QuerySelector("#form-errors li")?.TextContent.Trim());
        var desk = Registry.Current.Directory.FindDesk("rocca-grimalda")!;
        Assert.Equal(("Sportello di Rocca Grimalda e Ovada", "Piazza Borgatta 1, Rocca Grimalda"), (desk.Name, desk.Address));

        // Reloaded, the second's change goes through on top of the first's.
        var reloaded = await WebFixture.GetPageAsync(second, DeskUrl + Query);
        Assert.Equal(HttpStatusCode.Redirect, (await WebFixture.PostFormAsync(second, DeskUrl + Query, reloaded, Fields(reloaded, ("Address", "Via Nuova 2")))).StatusCode);
        desk = Registry.Current.Directory.FindDesk("rocca-grimalda")!;
        Assert.Equal(("Sportello di Rocca Grimalda e Ovada", "Via Nuova 2"), (desk.Name, desk.Address));

        // A partner: the first deactivates it, the second's edit opened before would have reactivated it; refused.
        const string PartnerUrl = "/coordinator/directory/partners/informagiovani-orba";
        var firstPartner = await WebFixture.GetPageAsync(first, PartnerUrl);
        var secondPartner = await WebFixture.GetPageAsync(second, PartnerUrl + Query);
        Assert.Equal(HttpStatusCode.Redirect, (await WebFixture.PostFormAsync(first, PartnerUrl + "?handler=Toggle", firstPartner, Fields(firstPartner, "form.mt-4"))).StatusCode);
        var partnerRefused = await WebFixture.PostFormAsync(second, PartnerUrl + Query, secondPartner, Fields(secondPartner, ("ReviewDays", "4")));
        Assert.Equal(Conflict, (await WebFixture.ParseAsync(await partnerRefused.Content.ReadAsStringAsync())).QuerySelector("#form-errors li")?.TextContent.Trim());
        var partner = Registry.Current.Directory.FindPartner("informagiovani-orba")!;
        Assert.False(partner.Active);
        Assert.NotEqual(4, partner.EffectiveSla.EscalationBusinessDays);

        // A person: the second's deactivation from a stale page is refused too.
        var add = await WebFixture.GetPageAsync(first, "/coordinator/directory/staff");
        await WebFixture.PostFormAsync(first, "/coordinator/directory/staff", add, new()
        {
            ["Email"] = "seconda.referente@comune.roccagrimalda.example", ["Name"] = "Lucia Pestarino", ["Role"] = "Desk", ["DeskId"] = "rocca-grimalda",
        });
        var again = await WebFixture.PostFormAsync(second, "/coordinator/directory/staff" + Query, await WebFixture.GetPageAsync(second, "/coordinator/directory/staff" + Query), new()
        {
            ["Email"] = "Seconda.Referente@comune.roccagrimalda.example", ["Name"] = "Altra Persona", ["Role"] = "Coordinator",
        });
        Assert.Equal(
            "«seconda.referente@comune.roccagrimalda.example» è già tra le persone della rete: per cambiarla aprila dall'elenco.",
            (await WebFixture.ParseAsync(await again.Content.ReadAsStringAsync())).QuerySelector("#email-error")?.TextContent);
        Assert.Equal("Lucia Pestarino", Registry.Current.FindStaff("seconda.referente@comune.roccagrimalda.example")!.Name);
        const string StaffUrl = "/coordinator/directory/staff?person=seconda.referente%40comune.roccagrimalda.example";
        var firstStaff = await WebFixture.GetPageAsync(first, StaffUrl);
        var secondStaff = await WebFixture.GetPageAsync(second, StaffUrl + "&network=" + DemoDirectory.AlessandriaNetwork);
        Assert.Equal(HttpStatusCode.Redirect, (await WebFixture.PostFormAsync(first, StaffUrl, firstStaff, Fields(firstStaff, ("Name", "Lucia Pestarino Repetto")))).StatusCode);
        var staffRefused = await WebFixture.PostFormAsync(
            second, StaffUrl + "&network=" + DemoDirectory.AlessandriaNetwork + "&handler=Toggle", secondStaff, Fields(secondStaff, "form.mt-4"));
        Assert.Equal(Conflict, (await WebFixture.ParseAsync(await staffRefused.Content.ReadAsStringAsync())).QuerySelector("#form-errors li")?.TextContent.Trim());
        var person = Registry.Current.FindStaff("seconda.referente@comune.roccagrimalda.example")!;
        Assert.Equal(("Lucia Pestarino Repetto", true), (person.Name, person.Active));
    }

    // The fields a browser would post from the page's first form (or the one <paramref name="form"/> selects), with changes.
    private static Dictionary<string, string> Fields(AngleSharp.Html.Dom.IHtmlDocument page, params (string Name, string Value)[] changes) =>
        Fields(page, "main form[method=post]", changes);

    private static Dictionary<string, string> Fields(AngleSharp.Html.Dom.IHtmlDocument page, string form, params (string Name, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var element = page.QuerySelector(form)!;
        foreach (var input in element.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var name = input.GetAttribute("name")!;
            var type = input.GetAttribute("type");
            if (name == "__RequestVerificationToken" || (type is "checkbox" or "radio" && !input.HasAttribute("checked")))
            {
                continue;
            }

            fields[name] = input switch
            {
                AngleSharp.Html.Dom.IHtmlTextAreaElement t => t.TextContent,
                AngleSharp.Html.Dom.IHtmlSelectElement s => s.QuerySelector("option[selected]")?.GetAttribute("value") ?? s.QuerySelector("option")?.GetAttribute("value") ?? string.Empty,
                _ => input.GetAttribute("value") ?? string.Empty,
            };
        }

        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return fields;
    }

    [Fact]
    public async Task Given_a_partner_deactivated_then_it_gets_no_new_routing_and_leaves_the_public_directory_and_the_log_says_so()
    {
        var client = await web.SignedInClientAsync(Alessandria);
        var reviewer = await web.SignedInClientAsync("innovazione@upo-ateneo.example");
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/partner")).StatusCode);
        var page = await WebFixture.GetPageAsync(client, "/coordinator/directory/partners/upo-innovazione");

        var response = await WebFixture.PostFormAsync(client, "/coordinator/directory/partners/upo-innovazione?handler=Toggle", page, []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var directory = Registry.Current.Directory;
        Assert.False(directory.FindPartner("upo-innovazione")!.Active);
        Assert.DoesNotContain(directory.PartnersOf(DemoDirectory.AlessandriaNetwork), p => p.Id == "upo-innovazione");
        var publicPage = await WebFixture.GetPageAsync(web.NewClient(), "/public/partners");
        Assert.DoesNotContain("Università del Piemonte Orientale", publicPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await web.Services.GetRequiredService<Workflows.Host.Web.SignIn.IStaffDirectory>().FindAsync("innovazione@upo-ateneo.example", CancellationToken.None));
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.GetAsync("/partner")).StatusCode); // and its reviewer's session ends
        var changes = await Registry.ChangesAsync(DemoDirectory.AlessandriaNetwork, 5, CancellationToken.None);
        Assert.Contains(changes, c => c.Id == "upo-innovazione" && c.Change == "deactivated" && c.By == Alessandria);
    }

    [Fact]
    public async Task Given_a_staff_address_deactivated_then_it_can_no_longer_sign_in()
    {
        var client = await web.SignedInClientAsync(Alessandria);
        var form = await WebFixture.GetPageAsync(client, "/coordinator/directory/staff");
        await WebFixture.PostFormAsync(client, "/coordinator/directory/staff", form, new()
        {
            ["Email"] = "vice.gavi@comune.gavi.example", ["Name"] = "Paola Vice", ["Role"] = "Desk", ["DeskId"] = "gavi",
        });
        var referent = await web.SignedInClientAsync("vice.gavi@comune.gavi.example");
        Assert.Equal(HttpStatusCode.OK, (await referent.GetAsync("/desk/new")).StatusCode);

        var entry = await WebFixture.GetPageAsync(client, "/coordinator/directory/staff?person=vice.gavi%40comune.gavi.example");
        await WebFixture.PostFormAsync(client, "/coordinator/directory/staff?person=vice.gavi%40comune.gavi.example&handler=Toggle", entry, []);

        Assert.False(Registry.Current.FindStaff("vice.gavi@comune.gavi.example")!.Active);
        var revoked = await referent.GetAsync("/desk/new"); // the session signed in before ends at its next request
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.StartsWith("/sign-in", revoked.Headers.Location?.PathAndQuery ?? revoked.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Contains(revoked.Headers.GetValues("Set-Cookie"), c => c.StartsWith("desk.staff=;", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await referent.GetAsync("/desk")).StatusCode);
        var linksBefore = web.Mailer.Sent.Count;
        var stranger = web.NewClient();
        var signIn = await WebFixture.GetPageAsync(stranger, "/sign-in");
        await WebFixture.PostFormAsync(stranger, "/sign-in", signIn, new() { ["email"] = "vice.gavi@comune.gavi.example" });
        Assert.Equal(linksBefore, web.Mailer.Sent.Count); // no link for a deactivated address
        var oldLink = web.Mailer.LastTo("vice.gavi@comune.gavi.example")!; // and the one sent before no longer signs in
        var confirm = await WebFixture.GetPageAsync(stranger, oldLink.Link.PathAndQuery);
        var refused = await WebFixture.PostFormAsync(stranger, oldLink.Link.PathAndQuery, confirm, new() { ["token"] = WebFixture.TokenOf(oldLink) });
        Assert.NotEqual(HttpStatusCode.Redirect, refused.StatusCode);
    }

    [Fact]
    public async Task Given_an_address_deactivated_on_another_instance_then_its_session_here_ends_once_this_instance_reads_the_directory_again()
    {
        const string Email = "terza.gavi@comune.gavi.example";
        var options = web.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DirectoryOptions>>();
        var entry = new StaffEntry(Email, "Terza Referente", Workflows.Host.Web.SignIn.StaffRole.Desk, DemoDirectory.AlessandriaNetwork, "gavi");
        Assert.True((await Registry.SaveStaffAsync(entry, Alessandria, CancellationToken.None)).Saved);
        var referent = await web.SignedInClientAsync(Email);
        using var otherInstance = new NetworkRegistry(
            web.Services.GetRequiredService<DirectoryStore>(), web.Clock, options, Microsoft.Extensions.Logging.Abstractions.NullLogger<NetworkRegistry>.Instance);
        await otherInstance.RefreshAsync(CancellationToken.None);

        Assert.True((await otherInstance.SaveStaffAsync(entry with { Active = false }, Alessandria, CancellationToken.None)).Saved);
        Assert.Equal(HttpStatusCode.OK, (await referent.GetAsync("/desk/new")).StatusCode); // this instance has not read it yet
        web.Clock.Advance(TimeSpan.FromSeconds(options.Value.RefreshSeconds));

        Assert.Equal(HttpStatusCode.Redirect, (await referent.GetAsync("/desk/new")).StatusCode);
        Assert.True(options.Value.RefreshSeconds <= 60);
    }

    [Fact]
    public async Task Given_a_staff_entry_of_another_network_then_its_page_is_not_found()
    {
        var canavese = await web.SignedInClientAsync(Canavese);
        var form = await WebFixture.GetPageAsync(canavese, "/coordinator/directory/staff");
        await WebFixture.PostFormAsync(canavese, "/coordinator/directory/staff", form, new()
        {
            ["Email"] = "seconda@anpci-piemonte.example", ["Name"] = "Seconda", ["Role"] = "Coordinator",
        });
        var alessandria = await web.SignedInClientAsync(Alessandria);

        Assert.Equal(HttpStatusCode.OK, (await canavese.GetAsync("/coordinator/directory/staff?person=seconda%40anpci-piemonte.example")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await alessandria.GetAsync("/coordinator/directory/staff?person=seconda%40anpci-piemonte.example")).StatusCode);
    }

    [Fact]
    public async Task Given_a_first_load_file_then_the_preview_lists_each_lines_errors_the_load_saves_a_clean_file_once_and_the_export_gives_it_back()
    {
        var client = await web.SignedInClientAsync(Alessandria);
        const string Bad = "id;comune_istat;nome;indirizzo;referente;email;orari;lingua;attivo\n"
            + "tagliolo;006999;Sportello di Tagliolo;Via Roma 1;Rita;sportello@;lun 09:00-12:00;it;sì\n"
            + "lerma;006087;Sportello di Lerma;Piazza Marconi 1;Ugo;sportello@comune.lerma.example;ven 9.00-12.00;it;sì\n";
        const string Good = "id,comune_istat,nome,indirizzo,referente,email,orari,lingua,attivo\n"
            + "lerma,006087,Sportello per l'innovazione di Lerma,Piazza Marconi 1,Ugo Repetto,sportello@comune.lerma.example,\"ven 09:00-12:00; sab 09:00-11:00\",it,sì\n"
            + "mornese,006106,Sportello per l'innovazione di Mornese,Via Roma 5,Ada Pestarino,sportello@comune.mornese.example,mer 15:00-18:00,it,sì\n";
        var form = await WebFixture.GetPageAsync(client, "/coordinator/directory/import");

        var preview = await WebFixture.ParseAsync(await (await WebFixture.PostFormAsync(client, "/coordinator/directory/import?handler=Preview", form, new()
        {
            ["Kind"] = "Desk", ["Format"] = "Csv", ["Pasted"] = Bad,
        })).Content.ReadAsStringAsync());
        var rows = preview.QuerySelectorAll("#import-lines tbody tr").ToList();
        Assert.Equal("1 righe su 2 hanno errori: nulla è stato salvato.", preview.QuerySelector("#import-outcome")?.TextContent);
        Assert.Contains("Il codice ISTAT 006999 non è nell'elenco dei comuni.", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("L'indirizzo e-mail «sportello@» non è valido.", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Nessun errore", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Null(Registry.Current.Directory.FindDesk("lerma"));

        var applied = await WebFixture.ParseAsync(await (await WebFixture.PostFormAsync(client, "/coordinator/directory/import?handler=Apply", form, new()
        {
            ["Kind"] = "Desk", ["Format"] = "Csv", ["Pasted"] = Good,
        })).Content.ReadAsStringAsync());
        var again = await WebFixture.ParseAsync(await (await WebFixture.PostFormAsync(client, "/coordinator/directory/import?handler=Apply", form, new()
        {
            ["Kind"] = "Desk", ["Format"] = "Csv", ["Pasted"] = Good,
        })).Content.ReadAsStringAsync());

        Assert.Equal("Caricamento eseguito: 2 voci create o modificate su 2 righe.", applied.QuerySelector("#import-outcome")?.TextContent);
        Assert.Equal("Caricamento eseguito: 0 voci create o modificate su 2 righe.", again.QuerySelector("#import-outcome")?.TextContent);
        Assert.Equal(2, Registry.Current.Directory.FindDesk("lerma")!.OfficeHours.Count);
        var csv = await client.GetStringAsync("/coordinator/directory/import?handler=Export&kind=Desk&format=Csv");
        Assert.StartsWith("id,comune_istat,nome", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("lerma,006087,Sportello per l'innovazione di Lerma,Piazza Marconi 1,Ugo Repetto,sportello@comune.lerma.example,\"ven 09:00-12:00; sab 09:00-11:00\",,it,sì", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("burolo", csv, StringComparison.Ordinal);
        var json = await client.GetStringAsync("/coordinator/directory/import?handler=Export&kind=Partner&format=Json");
        var reloaded = DirectoryFiles.Read(DirectoryKind.Partner, DirectoryFormat.Json, json.TrimStart('\uFEFF'), DemoDirectory.AlessandriaNetwork);
        Assert.Contains(reloaded, l => l.Id == "informagiovani-al" && l.Problems.Count == 0);
    }
}
