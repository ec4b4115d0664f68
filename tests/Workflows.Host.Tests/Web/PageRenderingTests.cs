using System.Net;

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
