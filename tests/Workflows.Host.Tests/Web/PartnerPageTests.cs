using System.Net;
using System.Text.Json;
using Workflows.Desk.Requests;
using Workflows.Steps;

namespace Workflows.Host.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class PartnerPageTests(WebFixture web)
{
    [Fact]
    public async Task Given_a_partner_then_its_inbox_lists_its_open_requests_and_not_the_others()
    {
        var desk = await web.SignedInClientAsync(DeskPages.BuroloDesk);
        var mine = await DeskPages.FileAsync(desk, DeskPages.ValidIntake("Per Novain Srl"));
        var credit = DeskPages.ValidIntake("Per Api Torino Srl");
        credit["Category"] = "CreditAndCalls";
        var theirs = await DeskPages.FileAsync(desk, credit);
        var novain = await web.SignedInClientAsync(DeskPages.Novain);

        var inbox = await WebFixture.GetPageAsync(novain, "/partner");

        Assert.Equal("Richieste da gestire", inbox.QuerySelector("main h1")?.TextContent.Trim());
        Assert.NotNull(inbox.QuerySelector("nav#main-nav a[href='/partner'][aria-current=page]"));
        Assert.NotNull(inbox.QuerySelector($"tbody a[href='/partner/requests/{mine}']"));
        Assert.Null(inbox.QuerySelector($"tbody a[href='/partner/requests/{theirs}']"));
        var row = inbox.QuerySelector($"tbody a[href='/partner/requests/{mine}']")!.Closest("tr")!;
        Assert.Contains("Tocca a voi", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sportello per l'innovazione di Burolo", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_request_in_review_then_its_page_offers_accept_ask_refer_and_decline()
    {
        var id = await FileAsync("Offerte Azioni Srl");
        var novain = await web.SignedInClientAsync(DeskPages.Novain);

        var page = await WebFixture.GetPageAsync(novain, $"/partner/requests/{id}");

        Assert.StartsWith("Richiesta TO-2026-", page.QuerySelector("main h1")?.TextContent, StringComparison.Ordinal);
        var actions = page.QuerySelectorAll("#actions-title ~ ul a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
            [$"/partner/requests/{id}/accept", $"/partner/requests/{id}/ask-info", $"/partner/requests/{id}/refer", $"/partner/requests/{id}/decline"],
            actions);
        Assert.Contains("Offerte Azioni Srl", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".site-timeline"));
    }

    [Theory]
    [InlineData("accept", "Accettate la richiesta")]
    [InlineData("decline", "Non accogliete la richiesta")]
    [InlineData("refer", "Proponetela a un altro partner")]
    [InlineData("ask-info", "Chiedete informazioni")]
    public async Task Given_a_request_in_review_then_each_review_action_page_renders_its_form(string action, string title)
    {
        var id = await FileAsync("Pagine Azione Srl");
        var novain = await web.SignedInClientAsync(DeskPages.Novain);

        var page = await WebFixture.GetPageAsync(novain, $"/partner/requests/{id}/{action}");

        Assert.StartsWith(title, page.QuerySelector("main h1")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(await StepTokenAsync(id), page.QuerySelector("input[name=Step]")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("main form input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task Given_an_action_of_another_step_then_its_page_says_it_is_not_available_with_409()
    {
        var id = await FileAsync("Passo Sbagliato Srl");
        var novain = await web.SignedInClientAsync(DeskPages.Novain);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/partner/requests/{id}/propose-slots");
        request.Headers.Accept.ParseAdd("text/html");
        var response = await novain.SendAsync(request);
        var page = await DeskPages.PageOf(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Questa azione non è disponibile ora", page.QuerySelector("main .alert")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task Given_accept_then_the_request_moves_to_scheduling_and_the_page_asks_for_dates()
    {
        var id = await FileAsync("Accettata Srl");
        var novain = await web.SignedInClientAsync(DeskPages.Novain);

        var response = await DeskPages.ActAsync(novain, id, "accept", new() { ["Note"] = "Ci occupiamo noi del brevetto." });
        var page = await WebFixture.GetPageAsync(novain, response.Headers.Location!.OriginalString);

        Assert.Equal($"/partner/requests/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal(DeskRequestStep.Scheduling, (await StateAsync(id)).Step);
        Assert.Contains("Richiesta accettata", page.QuerySelector("main .alert-success")?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/partner/requests/{id}/propose-slots", page.QuerySelector("#actions-title ~ ul a")?.GetAttribute("href"));
        Assert.Contains("Ci occupiamo noi del brevetto.", page.QuerySelector(".site-timeline")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("decline", "Reason", "reason", "Scrivete perché non potete accogliere la richiesta.")]
    [InlineData("refer", "Reason", "reason", "Scrivete perché il partner scelto è più adatto.")]
    [InlineData("refer", "ReferTo", "refer-to", "Scegliete il partner a cui proporre la richiesta.")]
    [InlineData("ask-info", "Question", "question", "Scrivete la domanda per il richiedente.")]
    public async Task Given_a_review_action_without_its_required_text_then_the_field_shows_the_error_and_nothing_changes(
        string action, string missing, string id, string message)
    {
        var request = await FileAsync("Campo Mancante Srl");
        var novain = await web.SignedInClientAsync(DeskPages.Novain);
        var fields = new Dictionary<string, string> { ["Reason"] = "Motivo", ["Question"] = "Domanda", ["ReferTo"] = "api-torino" };
        fields[missing] = "  ";

        var response = await DeskPages.ActAsync(novain, request, action, fields);
        var page = await DeskPages.PageOf(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.QuerySelector($"#{id}-error")?.TextContent);
        Assert.Equal($"#{id}", page.QuerySelector("#form-errors a")?.GetAttribute("href"));
        Assert.Equal("true", page.QuerySelector($"#{id}")?.GetAttribute("aria-invalid"));
        Assert.Equal(DeskRequestStep.AwaitingPartnerReview, (await StateAsync(request)).Step);
    }

    [Fact]
    public async Task Given_refer_then_the_chosen_partner_gets_the_request_and_the_first_one_no_longer_sees_it()
    {
        var id = await FileAsync("Segnalata Srl");
        var novain = await web.SignedInClientAsync(DeskPages.Novain);
        var form = await WebFixture.GetPageAsync(novain, $"/partner/requests/{id}/refer");

        var response = await DeskPages.ActAsync(novain, id, "refer", new() { ["ReferTo"] = "api-torino", ["Reason"] = "Serve un finanziamento prima del brevetto." });
        var apiTorino = await web.SignedInClientAsync(DeskPages.ApiTorino);

        Assert.Contains(form.QuerySelectorAll("#refer-to option"), o => o.GetAttribute("value") == "api-torino");
        Assert.DoesNotContain(form.QuerySelectorAll("#refer-to option"), o => o.GetAttribute("value") == "novain");
        Assert.Equal("/partner", response.Headers.Location?.OriginalString);
        Assert.Equal("api-torino", (await StateAsync(id)).PartnerId);
        Assert.Equal(HttpStatusCode.NotFound, (await novain.GetAsync($"/partner/requests/{id}")).StatusCode);
        var page = await WebFixture.GetPageAsync(apiTorino, $"/partner/requests/{id}");
        Assert.Contains("Serve un finanziamento prima del brevetto.", page.QuerySelector(".site-timeline")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_decline_with_no_other_partner_then_the_request_ends_declined()
    {
        var id = await FileAsync("Non Accolta Srl");
        var novain = await web.SignedInClientAsync(DeskPages.Novain);

        var response = await DeskPages.ActAsync(novain, id, "decline", new() { ["Reason"] = "Non trattiamo brevetti per attrezzi agricoli." });
        var inbox = await WebFixture.GetPageAsync(novain, "/partner");

        Assert.Equal("/partner", response.Headers.Location?.OriginalString);
        Assert.Equal(DeskRequestStep.Declined, (await StateAsync(id)).Step);
        Assert.Null(inbox.QuerySelector($"tbody a[href='/partner/requests/{id}']"));
        Assert.Contains("non è più affidata a voi", inbox.QuerySelector("main .alert-info")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_ask_info_then_the_request_waits_for_the_applicant_and_offers_no_action()
    {
        var id = await FileAsync("Domanda Srl");
        var novain = await web.SignedInClientAsync(DeskPages.Novain);

        await DeskPages.ActAsync(novain, id, "ask-info", new() { ["Question"] = "Avete già un prototipo?" });
        var page = await WebFixture.GetPageAsync(novain, $"/partner/requests/{id}");

        Assert.Equal(DeskRequestStep.InfoRequested, (await StateAsync(id)).Step);
        Assert.Equal("In attesa della risposta del richiedente", page.QuerySelector("#actions-title + p")?.TextContent);
        Assert.Contains("Avete già un prototipo?", page.QuerySelector(".site-timeline")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_form_opened_before_the_request_moved_on_then_posting_it_shows_the_workflows_reason_with_409()
    {
        var id = await FileAsync("Due Schede Srl");
        var novain = await web.SignedInClientAsync(DeskPages.Novain);
        var staleForm = await WebFixture.GetPageAsync(novain, $"/partner/requests/{id}/ask-info");
        await DeskPages.ActAsync(novain, id, "accept");

        var response = await WebFixture.PostFormAsync(novain, $"/partner/requests/{id}/ask-info", staleForm,
            DeskPages.WithHidden(staleForm, new() { ["Question"] = "Troppo tardi?" }));
        var page = await DeskPages.PageOf(response);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("L'azione non è stata registrata", page.QuerySelector("main h1")?.TextContent);
        Assert.Contains("«Da pianificare»", page.QuerySelector("main .alert")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("issued for another step", page.QuerySelector(".site-reason")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("en", page.QuerySelector(".site-reason")?.GetAttribute("lang"));
        Assert.Equal(DeskRequestStep.Scheduling, (await StateAsync(id)).Step);
        Assert.Empty((await StateAsync(id)).InfoExchanges);
    }

    [Fact]
    public async Task Given_the_same_action_form_posted_twice_then_it_is_recorded_once()
    {
        var id = await FileAsync("Doppio Clic Srl");
        var novain = await web.SignedInClientAsync(DeskPages.Novain);
        var form = await WebFixture.GetPageAsync(novain, $"/partner/requests/{id}/accept");
        var fields = DeskPages.WithHidden(form, []);

        var first = await WebFixture.PostFormAsync(novain, $"/partner/requests/{id}/accept", form, fields);
        var second = await WebFixture.PostFormAsync(novain, $"/partner/requests/{id}/accept", form, fields);

        Assert.Equal($"/partner/requests/{id}", first.Headers.Location?.OriginalString);
        Assert.Equal("/partner", second.Headers.Location?.OriginalString);
        var history = (await web.Queries.GetInstanceAsync(InstanceId.Parse(id), includeTimeline: true))!.History!;
        Assert.Single(history, h => h.Name == DeskRequestEvents.PartnerAccepted);
    }

    [Fact]
    public async Task Given_an_action_posted_without_the_anti_forgery_token_then_it_is_refused_with_400()
    {
        var id = await FileAsync("Senza Token Partner Srl");
        var novain = await web.SignedInClientAsync(DeskPages.Novain);
        var form = await WebFixture.GetPageAsync(novain, $"/partner/requests/{id}/accept");

        var response = await WebFixture.PostFormAsync(novain, $"/partner/requests/{id}/accept", form, DeskPages.WithHidden(form, []), withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(DeskRequestStep.AwaitingPartnerReview, (await StateAsync(id)).Step);
    }

    [Fact]
    public async Task Given_another_partners_request_then_its_pages_and_actions_are_not_found()
    {
        var id = await FileAsync("Altrui Srl");
        var apiTorino = await web.SignedInClientAsync(DeskPages.ApiTorino);
        var novain = await web.SignedInClientAsync(DeskPages.Novain);
        var form = await WebFixture.GetPageAsync(novain, $"/partner/requests/{id}/accept");

        var page = await apiTorino.GetAsync($"/partner/requests/{id}");
        var action = await apiTorino.GetAsync($"/partner/requests/{id}/accept");
        var post = await WebFixture.PostFormAsync(apiTorino, $"/partner/requests/{id}/accept", await WebFixture.GetPageAsync(apiTorino, "/sign-in"), DeskPages.WithHidden(form, []));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, action.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(DeskRequestStep.AwaitingPartnerReview, (await StateAsync(id)).Step);
    }

    [Fact]
    public async Task Given_an_unknown_action_then_it_is_not_found()
    {
        var id = await FileAsync("Azione Ignota Srl");
        var novain = await web.SignedInClientAsync(DeskPages.Novain);

        Assert.Equal(HttpStatusCode.NotFound, (await novain.GetAsync($"/partner/requests/{id}/terminate")).StatusCode);
    }

    [Fact]
    public async Task Given_proposed_slots_then_the_applicant_is_convened_and_the_page_lists_the_dates()
    {
        var id = await FileAsync("Date Proposte Srl");
        var novain = await web.SignedInClientAsync(DeskPages.Novain);
        await DeskPages.ActAsync(novain, id, "accept");
        var (date, time) = DeskPages.NextFriday(web.Clock.GetUtcNow());

        var slotsPage = await WebFixture.GetPageAsync(novain, $"/partner/requests/{id}/propose-slots");
        var response = await DeskPages.ActAsync(novain, id, "propose-slots", new()
        {
            ["Slots[0].Date"] = date, ["Slots[0].Time"] = time, ["Slots[0].Duration"] = "60", ["Slots[0].Place"] = "AtDesk",
            ["Slots[1].Date"] = date, ["Slots[1].Time"] = "16:00", ["Slots[1].Duration"] = "45", ["Slots[1].Place"] = "Remote",
            ["Slots[1].VideoUrl"] = "https://videochiamata.example/novain",
            ["Slots[2].Place"] = "AtDesk",
        });

        Assert.Contains("venerdì dalle 09:00 alle 12:30", slotsPage.QuerySelector("#office-hours")?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/partner/requests/{id}", response.Headers.Location?.OriginalString);
        var state = await StateAsync(id);
        Assert.Equal(DeskRequestStep.ConvocationSent, state.Step);
        Assert.Equal(2, state.ProposedSlots.Count);
        Assert.Equal(MeetingPlace.Remote, state.ProposedSlots[1].Place);
        Assert.Equal("https://videochiamata.example/novain", state.ProposedSlots[1].VideoUrl);
        var page = await WebFixture.GetPageAsync(novain, $"/partner/requests/{id}");
        Assert.Equal(2, page.QuerySelectorAll("#meeting-title ~ ol li").Length);
    }

    [Theory]
    [InlineData("", "10:00", "60", "AtDesk", "", "slot1-date", "Data 1: indicate il giorno.")]
    [InlineData("31/12/2026", "10:00", "60", "AtDesk", "", "slot1-date", "Data 1: il giorno non è valido")]
    [InlineData("FRIDAY", "", "60", "AtDesk", "", "slot1-time", "Data 1: indicate l'ora di inizio.")]
    [InlineData("FRIDAY", "10:00", "5", "AtDesk", "", "slot1-duration", "Data 1: la durata va da 15 a 480 minuti.")]
    [InlineData("FRIDAY", "15:00", "60", "AtDesk", "", "slot1-time", "Data 1: l'incontro allo sportello è fuori dagli orari di apertura")]
    [InlineData("FRIDAY", "12:00", "60", "AtDesk", "", "slot1-time", "Data 1: l'incontro allo sportello è fuori dagli orari di apertura")]
    [InlineData("FRIDAY", "15:00", "60", "Remote", "", "slot1-video", "Data 1: per la videochiamata serve il link.")]
    [InlineData("FRIDAY", "15:00", "60", "Remote", "javascript:alert(1)", "slot1-video", "Data 1: il link della videochiamata deve iniziare con https://.")]
    [InlineData("FRIDAY", "10:00", "60", "Elsewhere", "", "slot1-place", "Data 1: scegliete dove si svolge l'incontro.")]
    [InlineData("2020-01-03", "10:00", "60", "AtDesk", "", "slot1-date", "Data 1: il giorno e l'ora sono già passati.")]
    public async Task Given_a_slot_the_workflow_would_refuse_then_the_field_says_why(
        string date, string time, string duration, string place, string video, string id, string message)
    {
        var request = await FileAsync("Data Sbagliata Srl");
        var novain = await web.SignedInClientAsync(DeskPages.Novain);
        await DeskPages.ActAsync(novain, request, "accept");
        var friday = DeskPages.NextFriday(web.Clock.GetUtcNow()).Date;

        var response = await DeskPages.ActAsync(novain, request, "propose-slots", new()
        {
            ["Slots[0].Date"] = date == "FRIDAY" ? friday : date, ["Slots[0].Time"] = time, ["Slots[0].Duration"] = duration,
            ["Slots[0].Place"] = place, ["Slots[0].VideoUrl"] = video,
        });
        var page = await DeskPages.PageOf(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(message, page.QuerySelector($"#{id}-error")?.TextContent, StringComparison.Ordinal);
        Assert.Contains($"#{id}", page.QuerySelectorAll("#form-errors a").Select(a => a.GetAttribute("href")));
        Assert.Equal(DeskRequestStep.Scheduling, (await StateAsync(request)).Step);
    }

    [Fact]
    public async Task Given_two_slots_at_the_same_time_then_the_second_is_refused()
    {
        var request = await FileAsync("Doppia Data Srl");
        var novain = await web.SignedInClientAsync(DeskPages.Novain);
        await DeskPages.ActAsync(novain, request, "accept");
        var (date, time) = DeskPages.NextFriday(web.Clock.GetUtcNow());

        var page = await DeskPages.PageOf(await DeskPages.ActAsync(novain, request, "propose-slots", new()
        {
            ["Slots[0].Date"] = date, ["Slots[0].Time"] = time, ["Slots[0].Duration"] = "60", ["Slots[0].Place"] = "AtDesk",
            ["Slots[1].Date"] = date, ["Slots[1].Time"] = time, ["Slots[1].Duration"] = "30", ["Slots[1].Place"] = "AtDesk",
        }));

        Assert.Equal("Data 2: è uguale a un'altra data proposta.", page.QuerySelector("#slot2-time-error")?.TextContent);
    }

    [Fact]
    public async Task Given_a_partner_when_signing_in_then_the_inbox_opens()
    {
        var client = web.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in");
        await WebFixture.PostFormAsync(client, "/sign-in", form, new() { ["email"] = DeskPages.ApiTorino });
        var link = web.Mailer.LastTo(DeskPages.ApiTorino)!;
        var confirm = await WebFixture.GetPageAsync(client, link.Link.PathAndQuery);

        var signedIn = await WebFixture.PostFormAsync(client, link.Link.PathAndQuery, confirm, new() { ["token"] = WebFixture.TokenOf(link) });

        Assert.Equal("/partner", signedIn.Headers.Location?.OriginalString);
        Assert.Contains("API Torino", (await WebFixture.GetPageAsync(client, "/partner")).QuerySelector("main .lead")?.TextContent, StringComparison.Ordinal);
    }

    private async Task<string> FileAsync(string applicant)
    {
        var desk = await web.SignedInClientAsync(DeskPages.BuroloDesk);
        return await DeskPages.FileAsync(desk, DeskPages.ValidIntake(applicant));
    }

    private async Task<DeskRequestState> StateAsync(string id)
    {
        var instance = await web.Queries.GetInstanceAsync(InstanceId.Parse(id), includeTimeline: false);
        return instance!.State!.Value.Deserialize<DeskRequestState>(WorkflowJson.Options)!;
    }

    private async Task<string> StepTokenAsync(string id) => (await StateAsync(id)).StepToken;
}
