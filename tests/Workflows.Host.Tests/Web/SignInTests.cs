using System.Net;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Tests.Web;

[Collection(WebCollection.Name)]
public sealed class SignInTests(WebFixture web)
{
    [Fact]
    public async Task Given_a_coordinator_when_following_the_emailed_link_and_confirming_then_the_dashboard_opens()
    {
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);

        var dashboard = await WebFixture.GetPageAsync(client, "/coordinator");

        Assert.Equal("Richieste della rete", dashboard.QuerySelector("h1")?.TextContent);
        Assert.Contains("Silvia Coordinamento", dashboard.QuerySelector(".site-user")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_registered_and_an_unknown_address_then_the_answer_is_the_same_and_only_staff_get_a_link()
    {
        var client = web.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in");
        var before = web.Mailer.Sent.Count;

        var known = await WebFixture.PostFormAsync(client, "/sign-in", form, new() { ["email"] = "  Sportello@Comune.Burolo.example " });
        var unknown = await WebFixture.PostFormAsync(client, "/sign-in", form, new() { ["email"] = "nobody@comune.example" });

        Assert.Equal(HttpStatusCode.Redirect, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Equal("/sign-in/sent", known.Headers.Location?.OriginalString);
        var sent = web.Mailer.Sent.Skip(before).ToList();
        Assert.Equal([WebFixture.DeskEmail], sent.Select(m => m.To));
        Assert.Equal(web.Clock.GetUtcNow().AddMinutes(15), sent[0].ExpiresAt);
    }

    [Fact]
    public async Task Given_a_sign_in_link_when_opened_then_GET_only_shows_a_button_and_the_link_still_works()
    {
        var link = await AskLinkAsync(WebFixture.CoordinatorEmail);
        var scanner = web.NewClient();

        var prefetched = await WebFixture.GetPageAsync(scanner, link.Link.PathAndQuery);
        var stillAnonymous = await scanner.GetAsync("/coordinator");

        Assert.Equal("Conferma l'accesso", prefetched.QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, stillAnonymous.StatusCode);
        Assert.StartsWith("/sign-in", stillAnonymous.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        var person = web.NewClient();
        var page = await WebFixture.GetPageAsync(person, link.Link.PathAndQuery);
        var confirmed = await WebFixture.PostFormAsync(person, link.Link.PathAndQuery, page, new() { ["token"] = WebFixture.TokenOf(link) });
        Assert.Equal("/coordinator", confirmed.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Given_a_used_link_when_confirmed_again_then_it_is_refused_as_already_used()
    {
        var link = await AskLinkAsync(WebFixture.CoordinatorEmail);
        var first = web.NewClient();
        var page = await WebFixture.GetPageAsync(first, link.Link.PathAndQuery);
        await WebFixture.PostFormAsync(first, link.Link.PathAndQuery, page, new() { ["token"] = WebFixture.TokenOf(link) });

        var second = web.NewClient();
        var again = await WebFixture.GetPageAsync(second, link.Link.PathAndQuery);
        var response = await WebFixture.PostFormAsync(second, link.Link.PathAndQuery, again, new() { ["token"] = WebFixture.TokenOf(link) });
        var result = await WebFixture.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Link già utilizzato", result.QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/coordinator")).StatusCode);
    }

    [Fact]
    public async Task Given_a_link_older_than_15_minutes_then_it_is_expired_and_does_not_sign_in()
    {
        using var app = new WebFixture();
        await app.InitializeAsync();
        try
        {
            var client = app.NewClient();
            var form = await WebFixture.GetPageAsync(client, "/sign-in");
            await WebFixture.PostFormAsync(client, "/sign-in", form, new() { ["email"] = WebFixture.CoordinatorEmail });
            var link = app.Mailer.LastTo(WebFixture.CoordinatorEmail)!;
            var page = await WebFixture.GetPageAsync(client, link.Link.PathAndQuery);

            app.Clock.Advance(TimeSpan.FromMinutes(15));
            var expiredGet = await WebFixture.GetPageAsync(client, link.Link.PathAndQuery);
            var expiredPost = await WebFixture.PostFormAsync(client, link.Link.PathAndQuery, page, new() { ["token"] = WebFixture.TokenOf(link) });

            Assert.Equal("Link scaduto", expiredGet.QuerySelector("h1")?.TextContent);
            Assert.Equal("Link scaduto", (await WebFixture.ParseAsync(await expiredPost.Content.ReadAsStringAsync())).QuerySelector("h1")?.TextContent);
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/coordinator")).StatusCode);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Given_a_tampered_token_then_the_link_page_says_invalid()
    {
        var link = await AskLinkAsync(WebFixture.CoordinatorEmail);
        var token = WebFixture.TokenOf(link);
        var tampered = token[..^4] + (token[^4] == 'A' ? "B" : "A") + token[^3..];

        var page = await WebFixture.GetPageAsync(web.NewClient(), "/sign-in/link?token=" + Uri.EscapeDataString(tampered));

        Assert.Equal("Link non valido", page.QuerySelector("h1")?.TextContent);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Theory]
    [InlineData("", "Inserisci l'indirizzo e-mail.")]
    [InlineData("not-an-address", "L'indirizzo e-mail non è valido")]
    [InlineData("a@b.example, c@d.example", "L'indirizzo e-mail non è valido")]
    public async Task Given_a_missing_or_malformed_address_then_the_form_shows_the_error_next_to_the_field(string email, string message)
    {
        var client = web.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in");

        var response = await WebFixture.PostFormAsync(client, "/sign-in", form, new() { ["email"] = email });
        var page = await WebFixture.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(message, page.QuerySelector("#email-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#email")?.GetAttribute("aria-invalid"));
        Assert.Contains("email-error", page.QuerySelector("#email")?.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("#email", page.QuerySelector("#form-errors a")?.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/sign-in")]
    [InlineData("/sign-out")]
    public async Task Given_a_form_posted_without_its_anti_forgery_token_then_it_is_refused_with_400(string url)
    {
        var client = web.NewClient();
        var form = await WebFixture.GetPageAsync(client, url);

        var response = await WebFixture.PostFormAsync(client, url, form, new() { ["email"] = WebFixture.CoordinatorEmail }, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Richiesta non valida", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_signed_in_coordinator_when_signing_out_then_the_dashboard_asks_to_sign_in_again()
    {
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);
        var page = await WebFixture.GetPageAsync(client, "/coordinator");

        var token = page.QuerySelector("header form[action='/sign-out'] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sign-out")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }),
        };
        var signedOut = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/coordinator")).StatusCode);
    }

    [Fact]
    public async Task Given_a_return_url_then_only_a_local_path_is_followed_after_sign_in()
    {
        Assert.Equal("/coordinator/overview", IndexModel.LocalOrNull("/coordinator/overview"));
        Assert.Null(IndexModel.LocalOrNull("https://evil.example/"));
        Assert.Null(IndexModel.LocalOrNull("//evil.example/"));
        Assert.Null(IndexModel.LocalOrNull("/\\evil.example/"));

        var client = web.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in?returnUrl=%2Fcoordinator%2Foverview");
        await WebFixture.PostFormAsync(client, "/sign-in", form, new() { ["email"] = WebFixture.CoordinatorEmail, ["returnUrl"] = "/coordinator/overview" });
        var link = web.Mailer.LastTo(WebFixture.CoordinatorEmail)!;
        var page = await WebFixture.GetPageAsync(client, link.Link.PathAndQuery);
        var done = await WebFixture.PostFormAsync(client, link.Link.PathAndQuery, page, new() { ["token"] = WebFixture.TokenOf(link), ["returnUrl"] = "/coordinator/overview" });

        Assert.Equal("/coordinator/overview", done.Headers.Location?.OriginalString);
    }

    private async Task<SignInLinkMessage> AskLinkAsync(string email)
    {
        var client = web.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in");
        await WebFixture.PostFormAsync(client, "/sign-in", form, new() { ["email"] = email });
        return web.Mailer.LastTo(email)!;
    }
}
