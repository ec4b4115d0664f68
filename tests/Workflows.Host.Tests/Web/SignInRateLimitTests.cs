using System.Net;

namespace Workflows.Host.Tests.Web;

public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task Given_too_many_links_for_one_address_then_the_next_request_gets_the_429_page_and_no_link()
    {
        await using var app = new WebFixture().With("SignIn:PerAddressPermits", "2");
        await app.InitializeAsync();
        var client = app.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add((await WebFixture.PostFormAsync(client, "/sign-in", form, new() { ["email"] = WebFixture.DeskEmail })).StatusCode);
        }

        var limited = await WebFixture.PostFormAsync(client, "/sign-in", form, new() { ["email"] = WebFixture.DeskEmail });
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Troppe richieste", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, app.Mailer.Sent.Count);
    }

    [Fact]
    public async Task Given_too_many_sign_in_posts_from_one_client_then_the_rest_are_refused_with_429()
    {
        await using var app = new WebFixture().With("SignIn:PerIpPermits", "3");
        await app.InitializeAsync();
        var client = app.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await WebFixture.PostFormAsync(client, "/sign-in", form, new() { ["email"] = $"person{i}@comune.example" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/sign-in")).StatusCode);
    }

    [Fact]
    public async Task Given_clients_behind_the_front_end_then_each_forwarded_address_has_its_own_limit()
    {
        await using var app = new WebFixture().With("SignIn:PerIpPermits", "1");
        await app.InitializeAsync();
        var client = app.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in");

        async Task<HttpStatusCode> PostFromAsync(string address)
        {
            var token = form.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            using var request = new HttpRequestMessage(HttpMethod.Post, "/sign-in")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "x@comune.example", ["__RequestVerificationToken"] = token }),
            };
            request.Headers.Add("X-Forwarded-For", address + ", 10.0.0.1");
            return (await client.SendAsync(request)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.Redirect, await PostFromAsync("203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostFromAsync("203.0.113.7"));
        Assert.Equal(HttpStatusCode.Redirect, await PostFromAsync("198.51.100.20"));
    }
}
