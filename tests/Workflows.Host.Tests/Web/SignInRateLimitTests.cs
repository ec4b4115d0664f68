using System.Net;

namespace Workflows.Host.Tests.Web;

public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task Given_too_many_links_for_one_address_then_the_next_request_gets_the_429_page_and_no_link()
    {
        await using var site = await SignInSite.StartAsync(("SignIn:PerAddressPermits", "2"));

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add((await site.PostEmailAsync(WebFixture.DeskEmail)).StatusCode);
        }

        var limited = await site.PostEmailAsync(WebFixture.DeskEmail);
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Contains("Troppe richieste", await limited.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(2, site.App.Mailer.Sent.Count);
    }

    [Fact]
    public async Task Given_too_many_sign_in_posts_from_one_client_then_the_rest_are_refused_with_429()
    {
        await using var site = await SignInSite.StartAsync(("SignIn:PerIpPermits", "3"));

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            answers.Add((await site.PostEmailAsync($"person{i}@comune.example")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync("/sign-in")).StatusCode);
    }

    [Fact]
    public async Task Given_clients_behind_the_trusted_front_end_then_each_forwarded_address_has_its_own_limit_and_a_forged_left_entry_changes_nothing()
    {
        await using var site = await SignInSite.StartAsync(("SignIn:PerIpPermits", "1"));

        // The front end (loopback here, as the local Functions host) appends the client's address on the right.
        Assert.Equal(HttpStatusCode.Redirect, await site.PostFromAsync(forwardedFor: "203.0.113.7:50123"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await site.PostFromAsync(forwardedFor: "198.51.100.99, 203.0.113.7:50124"));
        Assert.Equal(HttpStatusCode.Redirect, await site.PostFromAsync(forwardedFor: "198.51.100.20"));
    }

    [Fact]
    public async Task Given_a_caller_that_is_not_a_trusted_proxy_when_it_rotates_x_forwarded_for_then_its_own_address_is_limited()
    {
        await using var site = await SignInSite.StartAsync(("SignIn:PerIpPermits", "20"));

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 25; i++)
        {
            answers.Add(await site.PostFromAsync(forwardedFor: $"198.51.100.{i + 1}", remote: "203.0.113.50"));
        }

        Assert.Equal(20, answers.Count(a => a == HttpStatusCode.Redirect));
        Assert.Equal(5, answers.Count(a => a == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Given_two_instances_on_one_storage_when_an_address_has_had_its_links_then_the_other_instance_refuses_too_and_says_when_to_retry()
    {
        await using var first = await SignInSite.StartAsync(("SignIn:PerAddressPermits", "2"));
        await using var second = await SignInSite.StartAsync(("SignIn:PerAddressPermits", "2"), ("Storage:TablePrefix", first.App.Prefix));

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostEmailAsync(WebFixture.DeskEmail)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostEmailAsync(WebFixture.DeskEmail)).StatusCode);
        var refused = await first.PostEmailAsync(WebFixture.DeskEmail);

        await AssertSaysWhenToRetryAsync(refused);
        Assert.Single(first.App.Mailer.Sent);
        Assert.Single(second.App.Mailer.Sent);
    }

    [Fact]
    public async Task Given_the_per_client_limit_when_it_refuses_then_the_page_says_when_to_try_again()
    {
        await using var site = await SignInSite.StartAsync(("SignIn:PerIpPermits", "1"));

        await site.PostEmailAsync("uno@comune.example");
        var refused = await site.PostEmailAsync("due@comune.example");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.Contains("Puoi riprovare tra", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_two_instances_on_one_storage_when_one_client_posts_to_both_then_they_share_its_count_and_the_429_page_says_when_to_retry()
    {
        await using var first = await SignInSite.StartAsync(("SignIn:PerIpPermits", "2"));
        await using var second = await SignInSite.StartAsync(("SignIn:PerIpPermits", "2"), ("Storage:TablePrefix", first.App.Prefix));

        Assert.Equal(HttpStatusCode.Redirect, await first.PostFromAsync(forwardedFor: null, remote: "203.0.113.61"));
        Assert.Equal(HttpStatusCode.Redirect, await second.PostFromAsync(forwardedFor: null, remote: "203.0.113.61"));
        using var refused = await first.SendFromAsync(forwardedFor: null, remote: "203.0.113.61", html: true);

        await AssertSaysWhenToRetryAsync(refused);
        Assert.Equal(HttpStatusCode.Redirect, await second.PostFromAsync(forwardedFor: null, remote: "203.0.113.62"));
    }

    [Fact]
    public async Task Given_two_instances_when_an_untrusted_caller_rotates_x_forwarded_for_across_them_then_its_own_address_has_one_shared_limit()
    {
        await using var first = await SignInSite.StartAsync(("SignIn:PerIpPermits", "3"));
        await using var second = await SignInSite.StartAsync(("SignIn:PerIpPermits", "3"), ("Storage:TablePrefix", first.App.Prefix));
        var sites = new[] { first, second };

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            answers.Add(await sites[i % 2].PostFromAsync(forwardedFor: $"198.51.100.{i + 1}", remote: "203.0.113.70"));
        }

        Assert.Equal(3, answers.Count(a => a == HttpStatusCode.Redirect));
        Assert.Equal(5, answers.Count(a => a == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Given_an_ipv6_client_when_it_changes_address_inside_its_64_then_it_keeps_one_count()
    {
        await using var site = await SignInSite.StartAsync(("SignIn:PerIpPermits", "2"));

        Assert.Equal(HttpStatusCode.Redirect, await site.PostFromAsync(forwardedFor: null, remote: "2001:db8:5:6::1"));
        Assert.Equal(HttpStatusCode.Redirect, await site.PostFromAsync(forwardedFor: null, remote: "2001:db8:5:6:aaaa::2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await site.PostFromAsync(forwardedFor: null, remote: "2001:db8:5:6:ffff:1:2:3"));
        Assert.Equal(HttpStatusCode.Redirect, await site.PostFromAsync(forwardedFor: null, remote: "2001:db8:5:7::1"));
    }

    [Fact]
    public async Task Given_a_window_has_ended_when_the_next_sign_in_comes_then_the_ended_windows_counts_are_deleted()
    {
        await using var site = await SignInSite.StartAsync();
        var table = new Azure.Data.Tables.TableClient(WebFixture.ConnectionString, site.App.Prefix + "SignInLimits");

        Assert.Equal(HttpStatusCode.Redirect, await site.PostFromAsync(forwardedFor: null, remote: "203.0.113.90"));
        var first = await table.QueryAsync<Azure.Data.Tables.TableEntity>().Select(e => e.RowKey).ToListAsync();
        site.App.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Redirect, await site.PostFromAsync(forwardedFor: null, remote: "203.0.113.91"));
        var second = await table.QueryAsync<Azure.Data.Tables.TableEntity>().Select(e => e.RowKey).ToListAsync();

        Assert.Equal(2, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Empty(first.Intersect(second));
    }

    // The 429 answer says when to try again, in the header and on the page.
    private static async Task AssertSaysWhenToRetryAsync(HttpResponseMessage refused)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var wait = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15));
        var minutes = (int)Math.Ceiling(wait.Value.TotalMinutes);
        Assert.Contains(minutes == 1 ? "Puoi riprovare tra 1 minuto." : $"Puoi riprovare tra {minutes} minuti.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>A web app started with <c>settings</c>, and a client that has its sign-in form open.</summary>
    private sealed class SignInSite : IAsyncDisposable
    {
        private SignInSite(WebFixture app, HttpClient client, AngleSharp.Html.Dom.IHtmlDocument form) => (App, Client, Form) = (app, client, form);

        public WebFixture App { get; }

        public HttpClient Client { get; }

        public AngleSharp.Html.Dom.IHtmlDocument Form { get; }

        public static async Task<SignInSite> StartAsync(params (string Key, string Value)[] settings)
        {
            var app = new WebFixture();
            try
            {
                foreach (var (key, value) in settings)
                {
                    app.With(key, value);
                }

                await app.InitializeAsync();
                var client = app.NewClient();
                return new SignInSite(app, client, await WebFixture.GetPageAsync(client, "/sign-in"));
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }
        }

        /// <summary>Asks for a link for <paramref name="email"/> through the form, as a browser does.</summary>
        public Task<HttpResponseMessage> PostEmailAsync(string email) =>
            WebFixture.PostFormAsync(Client, "/sign-in", Form, new() { ["email"] = email });

        /// <summary>Asks for a link as a caller at <paramref name="remote"/> (through a front end that says <paramref name="forwardedFor"/>).</summary>
        public async Task<HttpStatusCode> PostFromAsync(string? forwardedFor, string? remote = null)
        {
            using var response = await SendFromAsync(forwardedFor, remote, html: false);
            return response.StatusCode;
        }

        public async Task<HttpResponseMessage> SendFromAsync(string? forwardedFor, string? remote, bool html)
        {
            var token = Form.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
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

            return await Client.SendAsync(request);
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await App.DisposeAsync();
        }
    }
}
