using System.Net;
using Workflows.Desk.Model;
using Workflows.Host.Email;
using static Workflows.Host.Tests.Web.LinksBrowser;

namespace Workflows.Host.Tests.Web;

/// <summary>The local mailbox page: the list, one mail with its working buttons, its text and its invite; off when not allowed.</summary>
[Collection(LinksCollection.Name)]
public sealed class MailboxPageTests(LinksFixture fx)
{
    private const string Ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:test@innovation-desk\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    [Fact]
    public async Task Given_sent_mails_when_the_list_is_opened_then_the_newest_comes_first_with_recipient_subject_time_and_invite_badge()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await SendAsync($"Convocazione {tag}", "giulia.rossi@example.org", "convocation", ics: null);
        fx.Clock.Advance(TimeSpan.FromSeconds(5));
        await SendAsync($"Appuntamento confermato {tag}", "giulia.rossi@example.org", "meeting-confirmed", Ics);

        var page = await WebFixture.GetPageAsync(fx.NewClient(), "/mailbox");

        var rows = page.QuerySelectorAll("table.site-mailbox tbody tr").Where(r => r.TextContent.Contains(tag, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Appuntamento confermato", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Invito calendario", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Convocazione", rows[1].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Invito calendario", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("giulia.rossi@example.org", rows[0].TextContent, StringComparison.Ordinal);
        Assert.NotNull(rows[0].QuerySelector("time[datetime]"));
        Assert.StartsWith("/mailbox/", rows[0].QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("Casella di posta locale", Heading(page));
    }

    [Fact]
    public async Task Given_more_mails_than_a_page_then_the_next_page_continues_without_repeating()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 30; i++)
        {
            await SendAsync($"Aggiornamento {tag} n. {i:00}", "sportello.burolo@comuni.example", "desk-update", ics: null);
        }

        var client = fx.NewClient();
        var first = await WebFixture.GetPageAsync(client, "/mailbox");
        var next = first.QuerySelector("nav a[href^='/mailbox?next=']")?.GetAttribute("href");
        Assert.NotNull(next);
        var second = await WebFixture.GetPageAsync(client, next);

        var firstIds = Ids(first);
        var secondIds = Ids(second);
        Assert.Equal(25, firstIds.Count);
        Assert.NotEmpty(secondIds);
        Assert.Empty(firstIds.Intersect(secondIds));
        Assert.NotNull(second.QuerySelector("nav a[href='/mailbox']"));
    }

    [Fact]
    public async Task Given_a_partner_mail_when_opened_then_it_shows_in_a_sandboxed_frame_with_working_buttons_and_the_text_version()
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent);
        var review = await fx.NewMailAsync(code, "partner-review-request", "richieste@novain.example", new HashSet<string>());
        var client = fx.NewClient();

        var page = await WebFixture.GetPageAsync(client, "/mailbox/" + review.Local.Id);

        var frame = page.QuerySelector("iframe")!;
        var sandbox = frame.GetAttribute("sandbox")!.Split(' ');
        Assert.DoesNotContain("allow-scripts", sandbox);
        Assert.DoesNotContain("allow-same-origin", sandbox);
        Assert.Contains("allow-top-navigation-by-user-activation", sandbox);
        Assert.False(string.IsNullOrEmpty(frame.GetAttribute("title")));
        var srcdoc = frame.GetAttribute("srcdoc")!;
        Assert.Contains("<base target=\"_top\">", srcdoc, StringComparison.Ordinal);
        Assert.Contains("href=\"/link/", srcdoc, StringComparison.Ordinal);
        Assert.DoesNotContain(LinksFixture.BaseUrl + "/link/", srcdoc, StringComparison.Ordinal);
        Assert.Contains(code, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(review.Local.Text.Trim()[..40], page.QuerySelector("details pre")!.TextContent, StringComparison.Ordinal);

        var buttons = page.QuerySelectorAll(".site-mail-buttons a").Select(a => (Label: a.TextContent, Href: a.GetAttribute("href")!)).ToList();
        Assert.Equal(["Accetto la richiesta", "Non posso prenderla in carico", "La indirizzo a un altro partner", "Chiedo informazioni al richiedente"], buttons.Select(b => b.Label));
        Assert.Equal(review.Link("accept"), buttons[0].Href);
        var (status, linkPage) = await OpenAsync(client, buttons[0].Href);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Accettate la richiesta", Heading(linkPage));
        Assert.Equal("AwaitingPartnerReview", (await fx.InstanceAsync(id)).CustomStatus);
    }

    [Fact]
    public async Task Given_a_mail_with_an_invite_then_the_page_offers_it_as_a_calendar_file()
    {
        var sent = await SendAsync("Appuntamento confermato", "giulia.rossi@example.org", "meeting-confirmed", Ics);
        var client = fx.NewClient();

        var page = await WebFixture.GetPageAsync(client, "/mailbox/" + sent.MessageId);
        var href = page.QuerySelector("a[download]")?.GetAttribute("href");
        using var response = await client.GetAsync(href);

        Assert.Equal($"/mailbox/{sent.MessageId}/invite.ics", href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(response.Content.Headers.ContentType!.Parameters, p => p.Name == "method" && p.Value == "REQUEST");
        Assert.Equal(Ics, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/mailbox/0000000000000000000-00000000")]
    [InlineData("/mailbox/not-a-mail")]
    [InlineData("/mailbox/not-a-mail/invite.ics")]
    public async Task Given_an_unknown_mail_then_404(string url)
    {
        var (status, _) = await OpenAsync(fx.NewClient(), url);

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Given_a_mail_without_invite_then_its_invite_is_404()
    {
        var sent = await SendAsync("Aggiornamento", "sportello.burolo@comuni.example", "desk-update", ics: null);

        var (status, _) = await OpenAsync(fx.NewClient(), $"/mailbox/{sent.MessageId}/invite.ics");

        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task Given_an_altered_continuation_token_then_a_readable_page_never_an_error_dump()
    {
        var (status, page) = await OpenAsync(fx.NewClient(), "/mailbox?next=%7B%22nonsense%20%00x");

        // The storage client reads most garbage as a position in the table (a page from there); what it cannot read is a 400.
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"answered {(int)status}");
        Assert.Contains(Heading(page), new[] { "Casella di posta locale", "Richiesta non valida" });
    }

    [Fact]
    public async Task Given_the_mailbox_switched_off_then_its_pages_are_404()
    {
        var host = new LinksFixture();
        host.With("Mailbox:Enabled", "false");
        await host.InitializeAsync();
        try
        {
            var sent = await host.Mailbox.SendAsync(Envelope("Prova", "a@example.org", "desk-update", Ics), CancellationToken.None);
            var client = host.NewClient();

            Assert.Equal(HttpStatusCode.NotFound, (await OpenAsync(client, "/mailbox")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await OpenAsync(client, "/mailbox/" + sent.MessageId)).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await OpenAsync(client, $"/mailbox/{sent.MessageId}/invite.ics")).Status);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Given_many_mails_when_filtered_by_request_code_recipient_and_kind_then_only_those_are_listed_newest_first()
    {
        var n = LinksFixture.NextNumber();
        var code = $"TO-2026-{9000 + n}";
        var other = $"TO-2026-{9500 + n}";
        var partner = $"partner{n}@novain.example";
        await SendAsync($"[{code}] Richiesta ricevuta", "giulia.rossi@example.org", "request-received", ics: null);
        fx.Clock.Advance(TimeSpan.FromSeconds(1));
        await SendAsync($"[{code}] Nuova richiesta da esaminare", partner, "partner-review-request", ics: null);
        fx.Clock.Advance(TimeSpan.FromSeconds(1));
        await SendAsync($"[{other}] Nuova richiesta da esaminare", partner, "partner-review-request", ics: null);
        fx.Clock.Advance(TimeSpan.FromSeconds(1));
        await SendAsync($"[{code}] Convocazione", "giulia.rossi@example.org", "convocation", ics: null);
        var client = fx.NewClient();

        var byCode = await WebFixture.GetPageAsync(client, "/mailbox?code=" + code.ToLowerInvariant());
        var byRecipient = await WebFixture.GetPageAsync(client, "/mailbox?to=" + Uri.EscapeDataString(partner.ToUpperInvariant()));
        var byBoth = await WebFixture.GetPageAsync(client, $"/mailbox?code={code}&kind=partner-review-request");
        var none = await WebFixture.GetPageAsync(client, $"/mailbox?code={code}&to=nobody%40example.org");

        Assert.Equal(["Convocazione", "Nuova richiesta da esaminare", "Richiesta ricevuta"], Subjects(byCode).Select(s => s[(code.Length + 3)..]));
        Assert.Equal([$"[{other}] Nuova richiesta da esaminare", $"[{code}] Nuova richiesta da esaminare"], Subjects(byRecipient));
        Assert.Equal([$"[{code}] Nuova richiesta da esaminare"], Subjects(byBoth));
        Assert.Empty(Subjects(none));
        Assert.Equal("Nessuna e-mail corrisponde ai filtri.", none.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Equal(code, ((AngleSharp.Html.Dom.IHtmlInputElement)byBoth.QuerySelector("#m-code")!).Value);
        Assert.Equal("partner-review-request", ((AngleSharp.Html.Dom.IHtmlSelectElement)byBoth.QuerySelector("#m-kind")!).Value);
        Assert.Equal("Richiesta da esaminare (partner)", byBoth.QuerySelector("table.site-mailbox tbody td:last-child")!.TextContent.Trim());
    }

    [Fact]
    public async Task Given_a_filter_over_more_than_a_page_then_the_next_page_keeps_the_filter()
    {
        var code = $"TO-2026-{8000 + LinksFixture.NextNumber()}";
        for (var i = 0; i < 27; i++)
        {
            await SendAsync($"[{code}] Aggiornamento {i:00}", "sportello.burolo@comuni.example", "desk-update", ics: null);
        }

        var client = fx.NewClient();
        var first = await WebFixture.GetPageAsync(client, "/mailbox?code=" + code);
        var next = first.QuerySelector("nav a[href*='next=']")!.GetAttribute("href")!;
        var second = await WebFixture.GetPageAsync(client, next);

        Assert.Contains("code=" + code, next, StringComparison.Ordinal);
        Assert.Equal(25, Subjects(first).Count);
        Assert.Equal(2, Subjects(second).Count);
        Assert.All(Subjects(second), s => Assert.StartsWith($"[{code}]", s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_a_filed_request_when_the_desk_opens_it_then_it_links_to_exactly_its_e_mails_in_the_mailbox()
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent);
        var desk = await fx.SignedInClientAsync(DeskPages.BuroloDesk);

        var detail = await WebFixture.GetPageAsync(desk, $"/desk/requests/{id}");
        var href = detail.QuerySelector("a#request-mailbox")?.GetAttribute("href");
        Assert.Equal("/mailbox?code=" + code, href);
        var mailbox = await WebFixture.GetPageAsync(desk, href!);

        var expected = (await fx.MailsAsync(code)).Select(m => m.Local.Subject).Order(StringComparer.Ordinal);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Subjects(mailbox).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Given_a_staff_sign_in_mail_then_the_mailbox_names_its_kind_in_Italian()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await SendAsync($"Accesso {tag}", "coordinamento@anpci-piemonte.example", "staff-sign-in", ics: null);

        var page = await WebFixture.GetPageAsync(fx.NewClient(), "/mailbox?kind=staff-sign-in");

        var row = page.QuerySelectorAll("table.site-mailbox tbody tr").First(r => r.TextContent.Contains(tag, StringComparison.Ordinal));
        Assert.Contains("Link di accesso (personale)", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("staff-sign-in", row.TextContent, StringComparison.Ordinal);
    }

    private static List<string> Subjects(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table.site-mailbox tbody tr td:nth-child(3) a").Select(a => a.TextContent.Trim())];

    private Task<EmailSendResult> SendAsync(string subject, string to, string category, string? ics) =>
        fx.Mailbox.SendAsync(Envelope(subject, to, category, ics), CancellationToken.None);

    private static EmailEnvelope Envelope(string subject, string to, string category, string? ics) => new(
        to,
        subject,
        $"<!DOCTYPE html><html lang=\"it\"><head><title>{subject}</title></head><body><p>{subject}</p></body></html>",
        subject,
        ics,
        ics is null ? null : "REQUEST",
        new Dictionary<string, string> { ["instanceId"] = "test" },
        category);

    private static List<string> Ids(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table.site-mailbox tbody tr a").Select(a => a.GetAttribute("href")!)];
}
