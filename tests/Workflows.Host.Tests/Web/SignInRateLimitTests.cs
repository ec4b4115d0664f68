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
    public async Task Given_clients_behind_the_trusted_front_end_then_each_forwarded_address_has_its_own_limit_and_a_forged_left_entry_changes_nothing()
    {
        await using var app = new WebFixture().With("SignIn:PerIpPermits", "1");
        await app.InitializeAsync();
        var client = app.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in");

        // The front end (loopback here, as the local Functions host) appends the client's address on the right.
        Assert.Equal(HttpStatusCode.Redirect, await PostSignInAsync(client, form, forwardedFor: "203.0.113.7:50123"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostSignInAsync(client, form, forwardedFor: "198.51.100.99, 203.0.113.7:50124"));
        Assert.Equal(HttpStatusCode.Redirect, await PostSignInAsync(client, form, forwardedFor: "198.51.100.20"));
    }

    [Fact]
    public async Task Given_a_caller_that_is_not_a_trusted_proxy_when_it_rotates_x_forwarded_for_then_its_own_address_is_limited()
    {
        await using var app = new WebFixture().With("SignIn:PerIpPermits", "20");
        await app.InitializeAsync();
        var client = app.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in");

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            answers.Add(await PostSignInAsync(client, form, forwardedFor: $"198.51.100.{i + 1}", remote: "203.0.113.50"));
        }

        Assert.Equal(20, answers.Count(a => a == HttpStatusCode.Redirect));
        Assert.Equal(5, answers.Count(a => a == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Given_two_instances_on_one_storage_when_an_address_has_had_its_links_then_the_other_instance_refuses_too_and_says_when_to_retry()
    {
        await using var first = new WebFixture().With("SignIn:PerAddressPermits", "2");
        await first.InitializeAsync();
        await using var second = new WebFixture().With("SignIn:PerAddressPermits", "2").With("Storage:TablePrefix", first.Prefix);
        await second.InitializeAsync();
        var one = first.NewClient();
        var two = second.NewClient();
        var formOne = await WebFixture.GetPageAsync(one, "/sign-in");
        var formTwo = await WebFixture.GetPageAsync(two, "/sign-in");

        Assert.Equal(HttpStatusCode.Redirect, (await WebFixture.PostFormAsync(one, "/sign-in", formOne, new() { ["email"] = WebFixture.DeskEmail })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await WebFixture.PostFormAsync(two, "/sign-in", formTwo, new() { ["email"] = WebFixture.DeskEmail })).StatusCode);
        var refused = await WebFixture.PostFormAsync(one, "/sign-in", formOne, new() { ["email"] = WebFixture.DeskEmail });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var wait = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15));
        var minutes = (int)Math.Ceiling(wait.Value.TotalMinutes);
        Assert.Contains(minutes == 1 ? "Puoi riprovare tra 1 minuto." : $"Puoi riprovare tra {minutes} minuti.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(first.Mailer.Sent);
        Assert.Single(second.Mailer.Sent);
    }

    [Fact]
    public async Task Given_the_per_client_limit_when_it_refuses_then_the_page_says_when_to_try_again()
    {
        await using var app = new WebFixture().With("SignIn:PerIpPermits", "1");
        await app.InitializeAsync();
        var client = app.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in");

        await WebFixture.PostFormAsync(client, "/sign-in", form, new() { ["email"] = "uno@comune.example" });
        var refused = await WebFixture.PostFormAsync(client, "/sign-in", form, new() { ["email"] = "due@comune.example" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.Contains("Puoi riprovare tra", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_two_instances_on_one_storage_when_one_client_posts_to_both_then_they_share_its_count_and_the_429_page_says_when_to_retry()
    {
        await using var first = new WebFixture().With("SignIn:PerIpPermits", "2");
        await first.InitializeAsync();
        await using var second = new WebFixture().With("SignIn:PerIpPermits", "2").With("Storage:TablePrefix", first.Prefix);
        await second.InitializeAsync();
        var one = first.NewClient();
        var two = second.NewClient();
        var formOne = await WebFixture.GetPageAsync(one, "/sign-in");
        var formTwo = await WebFixture.GetPageAsync(two, "/sign-in");

        Assert.Equal(HttpStatusCode.Redirect, await PostSignInAsync(one, formOne, forwardedFor: null, remote: "203.0.113.61"));
        Assert.Equal(HttpStatusCode.Redirect, await PostSignInAsync(two, formTwo, forwardedFor: null, remote: "203.0.113.61"));
        using var refused = await SendSignInAsync(one, formOne, forwardedFor: null, remote: "203.0.113.61", html: true);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var wait = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15));
        var minutes = (int)Math.Ceiling(wait.Value.TotalMinutes);
        Assert.Contains(minutes == 1 ? "Puoi riprovare tra 1 minuto." : $"Puoi riprovare tra {minutes} minuti.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, await PostSignInAsync(two, formTwo, forwardedFor: null, remote: "203.0.113.62"));
    }

    [Fact]
    public async Task Given_two_instances_when_an_untrusted_caller_rotates_x_forwarded_for_across_them_then_its_own_address_has_one_shared_limit()
    {
        await using var first = new WebFixture().With("SignIn:PerIpPermits", "3");
        await first.InitializeAsync();
        await using var second = new WebFixture().With("SignIn:PerIpPermits", "3").With("Storage:TablePrefix", first.Prefix);
        await second.InitializeAsync();
        var clients = new[] { first.NewClient(), second.NewClient() };
        var forms = new[] { await WebFixture.GetPageAsync(clients[0], "/sign-in"), await WebFixture.GetPageAsync(clients[1], "/sign-in") };

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            answers.Add(await PostSignInAsync(clients[i % 2], forms[i % 2], forwardedFor: $"198.51.100.{i + 1}", remote: "203.0.113.70"));
        }

        Assert.Equal(3, answers.Count(a => a == HttpStatusCode.Redirect));
        Assert.Equal(5, answers.Count(a => a == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Given_an_ipv6_client_when_it_changes_address_inside_its_64_then_it_keeps_one_count()
    {
        await using var app = new WebFixture().With("SignIn:PerIpPermits", "2");
        await app.InitializeAsync();
        var client = app.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in");

        Assert.Equal(HttpStatusCode.Redirect, await PostSignInAsync(client, form, forwardedFor: null, remote: "2001:db8:5:6::1"));
        Assert.Equal(HttpStatusCode.Redirect, await PostSignInAsync(client, form, forwardedFor: null, remote: "2001:db8:5:6:aaaa::2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostSignInAsync(client, form, forwardedFor: null, remote: "2001:db8:5:6:ffff:1:2:3"));
        Assert.Equal(HttpStatusCode.Redirect, await PostSignInAsync(client, form, forwardedFor: null, remote: "2001:db8:5:7::1"));
    }

    [Fact]
    public async Task Given_a_window_has_ended_when_the_next_sign_in_comes_then_the_ended_windows_counts_are_deleted()
    {
        await using var app = new WebFixture();
        await app.InitializeAsync();
        var client = app.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in");
        var table = new Azure.Data.Tables.TableClient(WebFixture.ConnectionString, app.Prefix + "SignInLimits");

        Assert.Equal(HttpStatusCode.Redirect, await PostSignInAsync(client, form, forwardedFor: null, remote: "203.0.113.90"));
        var first = await table.QueryAsync<Azure.Data.Tables.TableEntity>().Select(e => e.RowKey).ToListAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Redirect, await PostSignInAsync(client, form, forwardedFor: null, remote: "203.0.113.91"));
        var second = await table.QueryAsync<Azure.Data.Tables.TableEntity>().Select(e => e.RowKey).ToListAsync();

        Assert.Equal(2, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Empty(first.Intersect(second));
    }

    private static async Task<HttpStatusCode> PostSignInAsync(HttpClient client, AngleSharp.Html.Dom.IHtmlDocument form, string? forwardedFor, string? remote = null)
    {
        using var response = await SendSignInAsync(client, form, forwardedFor, remote, html: false);
        return response.StatusCode;
    }

    private static async Task<HttpResponseMessage> SendSignInAsync(HttpClient client, AngleSharp.Html.Dom.IHtmlDocument form, string? forwardedFor, string? remote, bool html)
    {
        var token = form.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "x@comune.example", ["__RequestVerificationToken"] = token }),
        };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        if (remote is not null)
        {
            request.Headers.Add(TestRemoteAddress.Header, remote);
        }

        if (html)
        {
            request.Headers.Accept.ParseAdd("text/html");
        }

        return await client.SendAsync(request);
    }
}
