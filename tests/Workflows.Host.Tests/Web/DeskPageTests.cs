using System.Net;
using System.Text.Json;
using Workflows.Desk.Requests;
using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class DeskPageTests(WebFixture web)
{
    [Theory]
    [InlineData("/desk", "Richieste dello sportello")]
    [InlineData("/desk/new", "Nuova richiesta")]
    public async Task Given_a_signed_in_desk_when_opening_its_pages_then_they_render_in_Italian_with_landmarks(string url, string heading)
    {
        var client = await web.SignedInClientAsync(DeskPages.BuroloDesk);

        var page = await WebFixture.GetPageAsync(client, url);

        Assert.Equal(heading, page.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Equal("it", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("nav#main-nav a[href='/desk'][aria-current=page]"));
        Assert.NotNull(page.QuerySelector("footer"));
    }

    [Fact]
    public async Task Given_the_intake_form_then_the_comune_is_the_desks_and_cannot_be_edited()
    {
        var client = await web.SignedInClientAsync(DeskPages.BuroloDesk);

        var form = await WebFixture.GetPageAsync(client, "/desk/new");

        var comune = form.QuerySelector("#comune")!;
        Assert.Equal("Burolo (TO)", comune.GetAttribute("value"));
        Assert.True(comune.HasAttribute("readonly"));
        Assert.Null(comune.GetAttribute("name"));
        Assert.Matches("^[0-9a-f]{32}$", form.QuerySelector("input[name=FormKey]")?.GetAttribute("value"));
        Assert.Equal(Workflows.Host.Web.Desk.PrivacyNotice.Version, form.QuerySelector("input[name=PrivacyVersion]")?.GetAttribute("value"));
        Assert.Contains("versione " + Workflows.Host.Web.Desk.PrivacyNotice.Version, form.QuerySelector("#privacy-notice")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("arriveranno allo sportello", form.QuerySelector("#email-hint")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Innovazione e brevetti", form.QuerySelector("#category option[value=InnovationPatent]")?.TextContent);
        Assert.Equal(3, form.QuerySelectorAll("input[name=Contact]").Length);
    }

    [Fact]
    public async Task Given_a_different_key_per_render_then_two_shown_forms_are_two_requests()
    {
        var client = await web.SignedInClientAsync(DeskPages.BuroloDesk);

        var first = await WebFixture.GetPageAsync(client, "/desk/new");
        var second = await WebFixture.GetPageAsync(client, "/desk/new");

        Assert.NotEqual(
            first.QuerySelector("input[name=FormKey]")?.GetAttribute("value"),
            second.QuerySelector("input[name=FormKey]")?.GetAttribute("value"));
    }

    [Theory]
    [InlineData("Kind", "", "kind", "Scegli chi presenta la richiesta.")]
    [InlineData("Kind", "Alien", "kind", "Scegli chi presenta la richiesta.")]
    [InlineData("Name", "   ", "name", "Inserisci il nome e cognome")]
    [InlineData("Email", "mario.rossi@", "email", "L'indirizzo e-mail non è valido")]
    [InlineData("Phone", "chiamami", "phone", "Il numero di telefono non è valido")]
    [InlineData("Language", "de", "language", "Scegli la lingua del richiedente.")]
    [InlineData("Category", "", "category", "Scegli l'ambito della richiesta.")]
    [InlineData("Category", "7", "category", "Scegli l'ambito della richiesta.")]
    [InlineData("Description", "", "description", "Descrivi la richiesta.")]
    [InlineData("Description", "Brevetto", "description", "La descrizione è troppo breve")]
    [InlineData("Contact", "", "contact", "Scegli come preferisce essere incontrato")]
    [InlineData("Consent", "", "consent", "Per registrare la richiesta conferma di aver dato al richiedente l'informativa")]
    [InlineData("PrivacyVersion", "2025-01", "consent", "L'informativa sulla privacy è stata aggiornata")]
    public async Task Given_an_invalid_field_then_the_form_shows_the_error_next_to_it_and_in_the_summary_and_files_nothing(
        string field, string value, string id, string message)
    {
        var client = await web.SignedInClientAsync(DeskPages.BuroloDesk);
        var form = await WebFixture.GetPageAsync(client, "/desk/new");
        var fields = DeskPages.ValidIntake();
        fields[field] = value;

        var response = await DeskPages.PostIntakeAsync(client, form, fields);
        var page = await DeskPages.PageOf(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(message, page.QuerySelector($"#{id}-error")?.TextContent, StringComparison.Ordinal);
        var summary = page.QuerySelector("#form-errors")!;
        Assert.Equal("alert", summary.GetAttribute("role"));
        Assert.True(summary.HasAttribute("autofocus"));
        Assert.Single(summary.QuerySelectorAll("li"));
        var target = summary.QuerySelector("a")!.GetAttribute("href")!;
        var input = page.QuerySelector(target)!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains($"{id}-error", input.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal(form.QuerySelector("input[name=FormKey]")!.GetAttribute("value"), page.QuerySelector("input[name=FormKey]")!.GetAttribute("value"));
        if (field != "Name")
        {
            Assert.Equal("Mario Rossi", page.QuerySelector("#name")?.GetAttribute("value"));
        }
    }

    [Fact]
    public async Task Given_a_description_over_the_limit_then_the_error_says_how_long_it_is()
    {
        var client = await web.SignedInClientAsync(DeskPages.BuroloDesk);
        var form = await WebFixture.GetPageAsync(client, "/desk/new");
        var fields = DeskPages.ValidIntake();
        fields["Description"] = new string('a', 2001);

        var page = await DeskPages.PageOf(await DeskPages.PostIntakeAsync(client, form, fields));

        Assert.Equal("La descrizione può avere al massimo 2000 caratteri (ora ne ha 2001).", page.QuerySelector("#description-error")?.TextContent);
    }

    [Fact]
    public async Task Given_phone_as_preferred_contact_without_a_number_then_the_phone_is_asked_for()
    {
        var client = await web.SignedInClientAsync(DeskPages.BuroloDesk);
        var form = await WebFixture.GetPageAsync(client, "/desk/new");
        var fields = DeskPages.ValidIntake();
        fields["Contact"] = "Phone";
        fields["Phone"] = "";

        var page = await DeskPages.PageOf(await DeskPages.PostIntakeAsync(client, form, fields));

        Assert.StartsWith("Il richiedente preferisce essere contattato per telefono", page.QuerySelector("#phone-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_empty_form_then_every_required_field_is_listed_in_order()
    {
        var client = await web.SignedInClientAsync(DeskPages.BuroloDesk);
        var form = await WebFixture.GetPageAsync(client, "/desk/new");

        var page = await DeskPages.PageOf(await DeskPages.PostIntakeAsync(client, form, new() { ["Language"] = "" }));

        var targets = page.QuerySelectorAll("#form-errors a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#kind", "#name", "#language-it", "#category", "#description", "#contact-AtDesk", "#consent"], targets);
        Assert.Equal("Il modulo contiene 7 errori:", page.QuerySelector("#form-errors h2")?.TextContent);
    }

    [Fact]
    public async Task Given_a_valid_intake_then_the_request_is_filed_with_a_code_and_the_next_steps_are_shown()
    {
        var client = await web.SignedInClientAsync(DeskPages.BuroloDesk);

        var id = await DeskPages.FileAsync(client);
        var sent = await WebFixture.GetPageAsync(client, $"/desk/requests/{id}/sent");

        var instance = await web.Queries.GetInstanceAsync(InstanceId.Parse(id), includeTimeline: false);
        var state = instance!.State!.Value.Deserialize<DeskRequestState>(WorkflowJson.Options)!;
        Assert.Equal("burolo", instance.Tags["desk"]);
        Assert.Equal("001042", state.Comune.Istat);
        Assert.Equal("Mario Rossi", state.Applicant.Name);
        Assert.Equal(Workflows.Host.Web.Desk.PrivacyNotice.Version, state.Consent.TextVersion);
        Assert.Equal(DeskRequestStep.AwaitingPartnerReview, state.Step);
        Assert.Equal("novain", state.PartnerId);
        Assert.Matches("^TO-2026-[0-9]{4}$", state.RequestCode);
        Assert.Equal("Richiesta registrata", sent.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Equal(state.RequestCode, sent.QuerySelector("#request-code")?.TextContent);
        Assert.Equal("Cosa succede ora", sent.QuerySelector("main h2")?.TextContent);
        Assert.Contains("Novain S.r.l. (Leinì)", sent.QuerySelector(".site-next")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("e-mail di conferma", sent.QuerySelector(".site-next")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_applicant_without_e_mail_then_the_next_steps_say_the_desk_receives_the_mails()
    {
        var client = await web.SignedInClientAsync(DeskPages.BuroloDesk);

        var id = await DeskPages.FileAsync(client, DeskPages.ValidIntake("Giuseppe Verdi", email: null));
        var sent = await WebFixture.GetPageAsync(client, $"/desk/requests/{id}/sent");

        Assert.Contains("arriveranno allo sportello", sent.QuerySelector(".site-next")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_topic_no_partner_serves_then_the_next_steps_say_the_coordinators_will_choose()
    {
        var client = await web.SignedInClientAsync(DeskPages.BuroloDesk);
        var fields = DeskPages.ValidIntake();
        fields["Category"] = "YouthTrainingWork";

        var id = await DeskPages.FileAsync(client, fields);
        var sent = await WebFixture.GetPageAsync(client, $"/desk/requests/{id}/sent");

        Assert.Contains("il coordinamento della rete sceglierà", sent.QuerySelector(".site-next")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_same_form_submitted_twice_then_one_request_is_filed_and_both_answers_lead_to_it()
    {
        var client = await web.SignedInClientAsync(DeskPages.BuroloDesk);
        var form = await WebFixture.GetPageAsync(client, "/desk/new");
        var fields = DeskPages.ValidIntake("Doppio Invio Srl");

        var first = await DeskPages.PostIntakeAsync(client, form, fields);
        var second = await DeskPages.PostIntakeAsync(client, form, fields);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var mine = await ListAsync("burolo");
        Assert.Single(mine, s => s.Applicant.Name == "Doppio Invio Srl");
    }

    [Fact]
    public async Task Given_the_same_form_submitted_twice_at_once_then_one_request_is_filed()
    {
        var client = await web.SignedInClientAsync(DeskPages.BuroloDesk);
        var form = await WebFixture.GetPageAsync(client, "/desk/new");
        var fields = DeskPages.ValidIntake("Invio Simultaneo Snc");

        var responses = await Task.WhenAll(
            DeskPages.PostIntakeAsync(client, form, fields),
            DeskPages.PostIntakeAsync(client, form, fields),
            DeskPages.PostIntakeAsync(client, form, fields));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location!.OriginalString).Distinct());
        Assert.Single(await ListAsync("burolo"), s => s.Applicant.Name == "Invio Simultaneo Snc");
    }

    [Fact]
    public async Task Given_a_post_without_the_anti_forgery_token_then_it_is_refused_with_400_and_files_nothing()
    {
        var client = await web.SignedInClientAsync(DeskPages.BuroloDesk);
        var form = await WebFixture.GetPageAsync(client, "/desk/new");

        var response = await WebFixture.PostFormAsync(client, "/desk/new", form, DeskPages.WithHidden(form, DeskPages.ValidIntake("Senza Token")), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Richiesta non valida", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await ListAsync("burolo"), s => s.Applicant.Name == "Senza Token");
    }

    [Fact]
    public async Task Given_a_post_without_its_form_key_then_it_is_a_bad_request()
    {
        var client = await web.SignedInClientAsync(DeskPages.BuroloDesk);
        var form = await WebFixture.GetPageAsync(client, "/desk/new");
        var fields = DeskPages.WithHidden(form, DeskPages.ValidIntake("Senza Chiave"));
        fields["FormKey"] = "not-a-key";

        var response = await WebFixture.PostFormAsync(client, "/desk/new", form, fields);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Given_its_own_request_then_the_desk_sees_it_in_its_list_and_its_detail()
    {
        // Another desk than most tests use: the fake clock files every request at the same instant, so a busy
        // desk's newest request is not necessarily on the first page.
        var client = await web.SignedInClientAsync(DeskPages.MontalengheDesk);
        var id = await DeskPages.FileAsync(client, DeskPages.ValidIntake("Lista Dettaglio Sas"));

        var list = await WebFixture.GetPageAsync(client, "/desk");
        var detail = await WebFixture.GetPageAsync(client, $"/desk/requests/{id}");

        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Lista Dettaglio Sas", StringComparison.Ordinal));
        Assert.Equal($"/desk/requests/{id}", row.QuerySelector("th a")?.GetAttribute("href"));
        Assert.Contains("In esame dal partner", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Novain S.r.l. (Leinì)", row.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Richiesta TO-2026-", detail.QuerySelector("main h1")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Inoltrata a Novain S.r.l. (Leinì)", detail.QuerySelector(".site-timeline")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vorrei proteggere con un brevetto", detail.QuerySelector(".site-quote")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_another_desks_request_then_its_pages_are_not_found_and_it_is_not_listed()
    {
        var burolo = await web.SignedInClientAsync(DeskPages.BuroloDesk);
        var perosa = await web.SignedInClientAsync(DeskPages.PerosaDesk);
        var id = await DeskPages.FileAsync(perosa, DeskPages.ValidIntake("Richiesta Di Perosa"));

        var detail = await burolo.GetAsync($"/desk/requests/{id}");
        var sent = await burolo.GetAsync($"/desk/requests/{id}/sent");
        var list = await WebFixture.GetPageAsync(burolo, "/desk");
        var own = await perosa.GetAsync($"/desk/requests/{id}");

        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sent.StatusCode);
        Assert.DoesNotContain("Richiesta Di Perosa", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Theory]
    [InlineData("/desk/requests/not-an-id")]
    [InlineData("/desk/requests/0000000000000000000000000a")]
    public async Task Given_an_unknown_request_then_the_desk_gets_a_readable_404(string url)
    {
        var client = await web.SignedInClientAsync(DeskPages.BuroloDesk);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html");
        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Pagina non trovata", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/partner")]
    [InlineData("/partner/requests/0000000000000000000000000a")]
    public async Task Given_a_desk_user_when_opening_partner_pages_then_access_is_denied(string url)
    {
        var client = await web.SignedInClientAsync(DeskPages.BuroloDesk);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/desk")]
    [InlineData("/desk/new")]
    public async Task Given_a_visitor_or_a_partner_then_desk_pages_ask_to_sign_in_or_are_denied(string url)
    {
        var visitor = web.NewClient();
        var partner = await web.SignedInClientAsync(DeskPages.Novain);

        var anonymous = await visitor.GetAsync(url);
        var denied = await partner.GetAsync(url);

        Assert.StartsWith("/sign-in", anonymous.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        Assert.StartsWith("/access-denied", denied.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_desk_referent_when_signing_in_then_the_desk_list_opens_and_the_menu_links_it()
    {
        var client = web.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in");
        await WebFixture.PostFormAsync(client, "/sign-in", form, new() { ["email"] = DeskPages.PerosaDesk });
        var link = web.Mailer.LastTo(DeskPages.PerosaDesk)!;
        var confirm = await WebFixture.GetPageAsync(client, link.Link.PathAndQuery);

        var signedIn = await WebFixture.PostFormAsync(client, link.Link.PathAndQuery, confirm, new() { ["token"] = WebFixture.TokenOf(link) });
        var list = await WebFixture.GetPageAsync(client, "/desk");

        Assert.Equal("/desk", signedIn.Headers.Location?.OriginalString);
        Assert.Contains("Sportello per l'innovazione di Perosa Canavese", list.QuerySelector("main .lead")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Giulia Ferrero", list.QuerySelector(".site-user")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_English_then_the_intake_form_and_its_errors_are_in_English()
    {
        var client = await web.SignedInClientAsync(DeskPages.BuroloDesk);
        var form = await WebFixture.GetPageAsync(client, "/desk/new?culture=en");
        var fields = DeskPages.ValidIntake();
        fields["Category"] = "";

        var page = await DeskPages.PageOf(await DeskPages.PostIntakeAsync(client, form, fields));

        Assert.Equal("New request", form.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Equal("Innovation and patents", form.QuerySelector("#category option[value=InnovationPatent]")?.TextContent);
        Assert.Equal("Choose the topic of the request.", page.QuerySelector("#category-error")?.TextContent);
    }

    private async Task<List<DeskRequestState>> ListAsync(string deskId)
    {
        var states = new List<DeskRequestState>();
        await foreach (var item in web.Queries.QueryAllAsync(new WorkflowQuery { Tags = new Dictionary<string, string> { ["desk"] = deskId } }))
        {
            var full = await web.Queries.GetInstanceAsync(item.InstanceId, includeTimeline: false);
            states.Add(full!.State!.Value.Deserialize<DeskRequestState>(WorkflowJson.Options)!);
        }

        return states;
    }
}
