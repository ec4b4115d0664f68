using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Workflows.Host.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class PageRenderingTests(WebFixture web)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/sign-in")]
    [InlineData("/sign-in/sent")]
    [InlineData("/sign-in/link?token=nonsense")]
    [InlineData("/sign-out")]
    [InlineData("/privacy")]
    [InlineData("/accessibilita")]
    public async Task Given_a_visitor_when_opening_a_public_page_then_it_renders_in_Italian_with_landmarks(string url)
    {
        var page = await WebFixture.GetPageAsync(web.NewClient(), url);

        Assert.Equal("it", page.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.NotNull(page.QuerySelector("nav[aria-label]"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Contains("Sportelli per l'innovazione", page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_any_page_then_the_footer_links_the_privacy_notice_and_the_accessibility_page()
    {
        var page = await WebFixture.GetPageAsync(web.NewClient(), "/sign-in");

        var links = page.QuerySelectorAll("footer nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Informativa privacy", "/privacy"), ("Dichiarazione di accessibilità", "/accessibilita")], links);
    }

    [Fact]
    public async Task Given_a_statement_published_on_AgIDs_platform_then_the_footer_links_to_it()
    {
        const string statement = "https://form.agid.gov.it/view/00000000-0000-0000-0000-000000000000";
        await using var configured = web.WithWebHostBuilder(b => b.UseSetting("Site:AccessibilityStatementUrl", statement));
        using var client = configured.CreateClient();

        var page = await WebFixture.GetPageAsync(client, "/");

        Assert.Equal(statement, page.QuerySelector("footer nav li:last-child a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Given_the_privacy_notice_then_it_carries_the_intake_notice_in_force_the_cookies_and_the_networks_contacts()
    {
        var page = await WebFixture.GetPageAsync(web.NewClient(), "/privacy");
        var text = page.QuerySelector("main")!.TextContent;

        Assert.Contains($"(versione {Workflows.Host.Web.Desk.PrivacyNotice.Version})", text, StringComparison.Ordinal);
        Assert.Contains("conservati fino alla chiusura della richiesta e cancellati 30 giorni dopo", text, StringComparison.Ordinal);
        Assert.Contains("soltanto cookie tecnici", text, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("main a[href^='mailto:']"), a => a.GetAttribute("href") == "mailto:coordinamento@anpci-piemonte.example");
        Assert.Contains("art. 6, par. 1, lett. e)", text, StringComparison.Ordinal);
        Assert.Contains("non si basa sul consenso", text, StringComparison.Ordinal);

        // No controller configured here: the notice names the Comune hosting the desk and its DPO, never a blank.
        Assert.Contains("Titolare del trattamento: il Comune che ospita lo sportello", text, StringComparison.Ordinal);
        Assert.Contains("Responsabile della protezione dei dati (RPD): quello del Comune titolare", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_accessibility_page_in_English_then_it_says_how_to_report_a_problem()
    {
        var page = await WebFixture.GetPageAsync(web.NewClient(), "/accessibilita?culture=en");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Accessibility of the service", page.QuerySelector("main h1")?.TextContent);
        Assert.Contains("Feedback and contact information", page.QuerySelectorAll("main h2").Select(h => h.TextContent));
        Assert.NotEmpty(page.QuerySelectorAll("main a[href^='mailto:']"));
    }

    [Fact]
    public async Task Given_the_accessibility_page_then_it_has_the_sections_of_AgIDs_model_statement()
    {
        var page = await WebFixture.GetPageAsync(web.NewClient(), "/accessibilita");
        var text = page.QuerySelector("main")!.TextContent;

        Assert.Equal(
            ["Stato di conformità", "Contenuti non accessibili", "Redazione della dichiarazione di accessibilità", "Meccanismo di feedback e recapiti", "Modalità di invio delle segnalazioni all'AgID", "Informazioni sul sito"],
            page.QuerySelectorAll("main h2").Select(h => h.TextContent.Trim()));
        Assert.Contains("D.lgs. 10 agosto 2018, n. 106", text, StringComparison.Ordinal);
        Assert.Contains("parzialmente conforme", text, StringComparison.Ordinal);
        Assert.Contains("UNI CEI EN 301549", text, StringComparison.Ordinal);
        Assert.Contains("Prima redazione", text, StringComparison.Ordinal);
        Assert.Contains("autovalutazione", text, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='https://form.agid.gov.it/']"));
    }

    [Fact]
    public async Task Given_the_home_page_when_asked_in_English_then_it_is_English_and_the_choice_is_remembered()
    {
        var client = web.NewClient();

        var english = await WebFixture.GetPageAsync(client, "/?culture=en");
        var next = await WebFixture.GetPageAsync(client, "/sign-in");

        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Contains("An innovation desk in every municipality", english.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("en", next.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Sign-in", next.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_language_switch_then_each_link_keeps_the_page_and_sets_its_language()
    {
        var page = await WebFixture.GetPageAsync(web.NewClient(), "/sign-in?returnUrl=%2Fcoordinator");

        var links = page.QuerySelectorAll("nav.site-languages a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/sign-in?returnUrl=%2Fcoordinator&culture=it", "/sign-in?returnUrl=%2Fcoordinator&culture=en"], links);
    }

    [Fact]
    public async Task Given_an_unknown_page_when_a_browser_asks_then_a_friendly_404_page_answers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await web.NewClient().SendAsync(request);
        var page = await WebFixture.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Pagina non trovata", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Given_any_page_then_security_headers_and_a_script_policy_are_sent()
    {
        using var response = await web.NewClient().GetAsync("/");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
