using System.Net;
using System.Text;
using Workflows.Steps;

namespace Workflows.Host.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class CoordinatorDashboardTests(WebFixture web)
{
    [Fact]
    public async Task Given_an_anonymous_visitor_when_opening_the_dashboard_then_they_are_sent_to_sign_in()
    {
        foreach (var url in new[] { "/coordinator", "/coordinator/overview", "/coordinator/export.csv" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("text/html");
            var response = await web.NewClient().SendAsync(request);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/sign-in", response.Headers.Location?.AbsolutePath);
        }
    }

    [Fact]
    public async Task Given_a_desk_referent_when_opening_the_dashboard_then_access_is_denied()
    {
        var desk = await web.SignedInClientAsync(WebFixture.DeskEmail);

        var list = await desk.GetAsync("/coordinator");
        var export = await desk.GetAsync("/coordinator/export.csv");
        var denied = await desk.GetAsync(list.Headers.Location!);

        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.Equal("/access-denied", list.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.Redirect, export.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task Given_requests_when_filtering_by_comune_partner_and_category_then_only_matching_ones_are_listed()
    {
        var comune = "0012" + Random.Shared.Next(10, 99);
        var match = await web.StartRequestAsync("novain", comune, "brevetti");
        var otherPartner = await web.StartRequestAsync("api-torino", comune, "brevetti");
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);

        var page = await WebFixture.GetPageAsync(client, $"/coordinator?comune={comune}&partner=novain&category=brevetti");

        var ids = page.QuerySelectorAll("main table tbody th a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/coordinator/instances/{match}"], ids);
        Assert.DoesNotContain($"/coordinator/instances/{otherPartner}", ids);
        var named = Workflows.Desk.Model.DemoDirectory.Create().FindComune(comune) is { } c ? $"{c.Name} ({c.Province})" : comune;
        Assert.Equal(named, page.QuerySelector("#f-comune")?.GetAttribute("value"));
        Assert.Equal("In esame dal partner", page.QuerySelector("main table tbody td:nth-of-type(2)")?.TextContent);
    }

    [Fact]
    public async Task Given_a_request_past_its_service_level_when_filtering_overdue_then_it_is_listed_and_marked()
    {
        var comune = "0013" + Random.Shared.Next(10, 99);
        var late = await web.StartRequestAsync("novain", comune, "credito", slaDays: 1);
        var onTime = await web.StartRequestAsync("novain", comune, "credito", slaDays: 30);
        web.Clock.Advance(TimeSpan.FromDays(2));
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);

        var page = await WebFixture.GetPageAsync(client, $"/coordinator?comune={comune}&sla=true");

        var rows = page.QuerySelectorAll("main table tbody tr").ToList();
        Assert.Single(rows);
        Assert.Equal($"/coordinator/instances/{late}", rows[0].QuerySelector("th a")?.GetAttribute("href"));
        Assert.Equal("Scaduta", rows[0].QuerySelector(".site-badge-sla")?.TextContent);
        Assert.NotEqual(late, onTime);
    }

    [Fact]
    public async Task Given_more_requests_than_a_page_then_the_next_page_link_continues_where_the_first_stopped()
    {
        var comune = "0014" + Random.Shared.Next(10, 99);
        var started = new List<InstanceId>();
        for (var i = 0; i < 27; i++)
        {
            started.Add(await web.StartRequestAsync("cooperative", comune, "cooperative-comunita"));
        }

        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);
        var first = await WebFixture.GetPageAsync(client, $"/coordinator?comune={comune}");
        var next = first.QuerySelector("nav.pagination-wrapper a")?.GetAttribute("href");
        var second = await WebFixture.GetPageAsync(client, next!);

        var ids = first.QuerySelectorAll("main table tbody th a").Concat(second.QuerySelectorAll("main table tbody th a"))
            .Select(a => a.GetAttribute("href")!.Split('/').Last()).ToList();
        Assert.Equal(25, first.QuerySelectorAll("main table tbody tr").Length);
        Assert.Contains($"comune={comune}", next, StringComparison.Ordinal);
        Assert.Equal(started.Select(s => s.Value).Order(), ids.Order());
    }

    [Fact]
    public async Task Given_a_network_coordinator_then_requests_of_other_networks_are_neither_listed_nor_reachable()
    {
        var comune = "0015" + Random.Shared.Next(10, 99);
        var own = await web.StartRequestAsync("novain", comune, "impresa", network: WebFixture.Network);
        var other = await web.StartRequestAsync("informagiovani", comune, "impresa", network: "alessandria");
        var client = await web.SignedInClientAsync(WebFixture.NetworkCoordinatorEmail);

        var page = await WebFixture.GetPageAsync(client, $"/coordinator?comune={comune}");
        var foreign = await client.GetAsync($"/coordinator/instances/{other}");
        var foreignAction = await client.GetAsync($"/coordinator/instances/{other}/terminate");

        Assert.Equal([$"/coordinator/instances/{own}"], page.QuerySelectorAll("main table tbody th a").Select(a => a.GetAttribute("href")));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignAction.StatusCode);
    }

    [Fact]
    public async Task Given_a_request_then_its_page_shows_diagram_timeline_timers_tags_and_emails()
    {
        var id = await web.StartRequestAsync("novain", "001038", "brevetti");
        await web.Commands.RaiseEventAsync(id, "Accept");
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);

        var page = await WebFixture.GetPageAsync(client, $"/coordinator/instances/{id}");

        var steps = page.QuerySelectorAll("ol.site-steps li").ToList();
        Assert.Equal("Da pianificare", steps.Single(s => s.GetAttribute("aria-current") == "step").TextContent.Split('(')[0].Trim());
        Assert.Contains(steps, s => s.ClassList.Contains("step-visited") && s.TextContent.Contains("In esame dal partner", StringComparison.Ordinal));
        var timeline = page.QuerySelectorAll("ol.site-timeline li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, timeline.Count);
        Assert.Contains("Richiesta avviata", timeline[0], StringComparison.Ordinal);
        Assert.Contains("Evento ricevuto", timeline[1], StringComparison.Ordinal);
        Assert.Equal("EventRaised: Accept", page.QuerySelectorAll("ol.site-timeline li")[1].QuerySelector("details p")?.TextContent);
        Assert.Contains("Richiesta da esaminare (partner)", page.QuerySelector("#emails-title + div table")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("novain@partner.example", page.QuerySelector("#emails-title + div table")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Bruino (TO)", page.QuerySelector("#tags-title + dl")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nessuna scadenza programmata.", page.QuerySelector("#timers-title + p")?.TextContent);
    }

    [Fact]
    public async Task Given_a_running_request_when_the_coordinator_confirms_suspend_then_it_is_suspended_and_the_outcome_shown()
    {
        var id = await web.StartRequestAsync("novain", "001120", "credito");
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);

        var confirm = await WebFixture.GetPageAsync(client, $"/coordinator/instances/{id}/suspend");
        var stillRunning = await web.Queries.GetInstanceAsync(id, false);
        var done = await WebFixture.PostFormAsync(client, $"/coordinator/instances/{id}/suspend", confirm, new() { ["Reason"] = "verifica documenti" });
        var after = await WebFixture.GetPageAsync(client, done.Headers.Location!.OriginalString);

        Assert.Equal(RuntimeStatus.Running, stillRunning!.RuntimeStatus);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(RuntimeStatus.Suspended, (await web.Queries.GetInstanceAsync(id, false))!.RuntimeStatus);
        Assert.Equal("Fatto: l'azione è stata eseguita.", after.QuerySelector("main .alert-info")?.TextContent.Trim());
        Assert.Contains(after.QuerySelectorAll("main .site-actions a"), a => a.GetAttribute("href") == $"/coordinator/instances/{id}/resume");
    }

    [Fact]
    public async Task Given_a_request_when_reassigned_then_the_workflow_receives_the_partner_and_the_tag_changes()
    {
        var id = await web.StartRequestAsync("novain", "001120", "credito");
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);
        var confirm = await WebFixture.GetPageAsync(client, $"/coordinator/instances/{id}/reassign");

        var empty = await WebFixture.PostFormAsync(client, $"/coordinator/instances/{id}/reassign", confirm, new() { ["PartnerId"] = " " });
        var done = await WebFixture.PostFormAsync(client, $"/coordinator/instances/{id}/reassign", confirm, new() { ["PartnerId"] = "api-torino" });

        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Scegli il partner a cui assegnare la richiesta.", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var instance = await web.Queries.GetInstanceAsync(id, includeTimeline: true);
        Assert.Equal("api-torino", instance!.Tags["partner"]);
        Assert.Equal("Reassign", instance.History![^1].Name);
    }

    [Fact]
    public async Task Given_an_event_with_invalid_JSON_then_nothing_is_raised_and_the_error_is_shown()
    {
        var id = await web.StartRequestAsync("novain", "001120", "credito");
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);
        var confirm = await WebFixture.GetPageAsync(client, $"/coordinator/instances/{id}/raise");

        var bad = await WebFixture.PostFormAsync(client, $"/coordinator/instances/{id}/raise", confirm, new() { ["EventName"] = "Accept", ["Payload"] = "{oops" });
        var refused = await WebFixture.PostFormAsync(client, $"/coordinator/instances/{id}/raise", confirm, new() { ["EventName"] = "Unknown" });
        var refusedPage = await WebFixture.GetPageAsync(client, refused.Headers.Location!.OriginalString);

        Assert.Contains("I dati non sono JSON valido.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await web.Queries.GetInstanceAsync(id, false))!.HistoryLength);
        Assert.StartsWith("Il flusso ha rifiutato l'azione", refusedPage.QuerySelector("main .alert-info > p")?.TextContent.Trim(), StringComparison.Ordinal);
        var detail = refusedPage.QuerySelector("main .alert-info details p");
        Assert.Equal("en", detail?.GetAttribute("lang"));
        Assert.Equal("Unknown is not expected now.", detail?.TextContent);
    }

    [Fact]
    public async Task Given_an_action_posted_without_anti_forgery_then_it_is_refused_and_nothing_changes()
    {
        var id = await web.StartRequestAsync("novain", "001120", "credito");
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);
        var confirm = await WebFixture.GetPageAsync(client, $"/coordinator/instances/{id}/terminate");

        var response = await WebFixture.PostFormAsync(client, $"/coordinator/instances/{id}/terminate", confirm, [], withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(RuntimeStatus.Running, (await web.Queries.GetInstanceAsync(id, false))!.RuntimeStatus);
    }

    [Fact]
    public async Task Given_a_terminated_request_when_purged_then_it_is_gone()
    {
        var id = await web.StartRequestAsync("novain", "001120", "credito");
        await web.Commands.TerminateAsync(id, "test");
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);
        var confirm = await WebFixture.GetPageAsync(client, $"/coordinator/instances/{id}/purge");

        var done = await WebFixture.PostFormAsync(client, $"/coordinator/instances/{id}/purge", confirm, []);

        Assert.Equal("/coordinator", done.Headers.Location?.OriginalString);
        Assert.Null(await web.Queries.GetInstanceAsync(id, false));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/coordinator/instances/{id}")).StatusCode);
    }

    [Fact]
    public async Task Given_a_terminated_request_when_its_personal_data_are_erased_then_its_page_says_when_and_it_is_still_listed()
    {
        var comune = "0014" + Random.Shared.Next(10, 99);
        var id = await web.StartRequestAsync("novain", comune, "credito");
        await web.Commands.TerminateAsync(id, "test");
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);
        var before = await WebFixture.GetPageAsync(client, $"/coordinator/instances/{id}");
        Assert.Contains($"/coordinator/instances/{id}/erase", before.QuerySelectorAll(".site-actions a").Select(a => a.GetAttribute("href")));
        Assert.NotEmpty(before.QuerySelectorAll(".site-timeline li"));
        var confirm = await WebFixture.GetPageAsync(client, $"/coordinator/instances/{id}/erase");
        Assert.Contains("restano passo, esito, comune", confirm.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var done = await WebFixture.PostFormAsync(client, $"/coordinator/instances/{id}/erase", confirm, []);

        Assert.Equal($"/coordinator/instances/{id}", done.Headers.Location?.OriginalString);
        var after = await WebFixture.GetPageAsync(client, $"/coordinator/instances/{id}");
        Assert.Contains("I dati personali della richiesta sono stati cancellati.", after.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("Dati personali cancellati il", after.QuerySelector("[role=note]")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(after.QuerySelectorAll(".site-timeline li"));
        Assert.Contains("La cronologia e le e-mail sono state cancellate", after.QuerySelector("#timeline-title")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain($"/coordinator/instances/{id}/erase", after.QuerySelectorAll(".site-actions a").Select(a => a.GetAttribute("href")));
        var list = await WebFixture.GetPageAsync(client, $"/coordinator?comune={comune}");
        Assert.Equal([$"/coordinator/instances/{id}"], list.QuerySelectorAll("main table tbody th a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Given_requests_then_the_overview_counts_them_by_step_and_comune_with_a_table_per_chart()
    {
        var from = web.Clock.GetUtcNow().AddYears(3);
        web.Clock.SetUtcNow(from);
        await web.StartRequestAsync("novain", "001001", "brevetti");
        await web.StartRequestAsync("novain", "001001", "brevetti", slaDays: 1);
        var accepted = await web.StartRequestAsync("api-torino", "001202", "credito");
        await web.Commands.RaiseEventAsync(accepted, "Accept");
        web.Clock.Advance(TimeSpan.FromDays(2));
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);
        var day = from.ToString("yyyy-MM-dd");

        var page = await WebFixture.GetPageAsync(client, $"/coordinator/overview?from={day}&to={day}");

        Assert.Equal("3", page.QuerySelector("#count-total")?.TextContent);
        Assert.Equal("3", page.QuerySelector("#count-open")?.TextContent);
        Assert.Equal("1", page.QuerySelector("#count-overdue")?.TextContent);
        var byComune = page.QuerySelectorAll("#chart-comune-table tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["Agliè (TO)", "2", "1"], byComune[0]);
        Assert.Equal(["Prali (TO)", "1", "0"], byComune[1]);
        Assert.Equal("Richieste per passo", page.QuerySelector("#chart-step-table caption")?.TextContent);
        Assert.NotNull(page.QuerySelector("canvas#chart-step[role=img][aria-label]"));
        Assert.Contains("chart.umd.min", page.QuerySelector("script[src*='chart']")?.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("script[src*='bootstrap-italia']"));
    }

    [Fact]
    public async Task Given_requests_when_exported_then_the_CSV_has_a_BOM_the_Italian_separator_and_no_personal_data()
    {
        var comune = "0016" + Random.Shared.Next(10, 99);
        var id = await web.StartRequestAsync("novain", comune, "=cmd|calc");
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);

        var response = await client.GetAsync($"/coordinator/export.csv?comune={comune}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {Encoding.UTF8.GetString(bytes)}");
        var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("codice;flusso;passo;stato;", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        var fields = lines[1].Split(';');
        Assert.Equal(id.Value[..8], fields[0]);
        Assert.Equal("In esame dal partner", fields[2]);
        Assert.Equal(comune, fields[9]);
        Assert.Equal("'=cmd|calc", fields[11]);
        Assert.Equal(id.Value, fields[^1]);
        Assert.DoesNotContain("@partner.example", text, StringComparison.Ordinal);
    }
}
