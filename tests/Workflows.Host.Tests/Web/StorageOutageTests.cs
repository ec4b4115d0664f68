using System.Diagnostics;
using System.Net;
using Workflows.Host.Tests.Web;

namespace Workflows.Host.Tests.Web;

/// <summary>
/// Storage stops under a running host (a switch in front of Azurite): pages answer the Italian 503 page with
/// Retry-After within seconds, the API a 503 ProblemDetails, /readyz 503; a form sent meanwhile is refused and
/// says so, and sent again once storage is back it makes one request. A host that starts before storage answers
/// waits for it, and its forms carry anti-forgery tokens.
/// </summary>
public sealed class StorageOutageTests
{
    [Fact]
    public async Task Given_storage_stops_when_pages_api_readyz_and_a_form_are_used_then_503s_that_say_what_happened_and_all_recover()
    {
        await using var storage = new StorageSwitch();
        await using var fx = new WebFixture();
        fx.With("Storage:ConnectionString", storage.ConnectionString);
        await fx.InitializeAsync();
        await WaitUntilReadyAsync(fx.NewClient()); // on a busy machine the first storage calls through the switch can be slow
        var coordinator = await fx.SignedInClientAsync(WebFixture.CoordinatorEmail);
        var desk = await fx.SignedInClientAsync(DeskPages.BuroloDesk);
        var form = await WebFixture.GetPageAsync(desk, "/desk/new");
        var intake = DeskPages.WithHidden(form, DeskPages.ValidIntake("Durante Guasto", "durante.guasto@example.it"));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/api/instances")).StatusCode);

        storage.Down();
        var clock = Stopwatch.StartNew();
        using var page = await GetHtmlAsync(coordinator, "/coordinator");
        using var api = await coordinator.GetAsync("/api/instances");
        using var ready = await coordinator.GetAsync("/readyz");
        using var sent = await WebFixture.PostFormAsync(desk, "/desk/new", form, intake);
        var elapsed = clock.Elapsed;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), page.Headers.RetryAfter?.Delta);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Servizio temporaneamente non disponibile", html, StringComparison.Ordinal);
        Assert.Contains("non sono andati persi", html, StringComparison.Ordinal);
        Assert.Contains("Puoi riprovare tra 30 secondi.", html, StringComparison.Ordinal);
        var problem = await ProblemAssert.IsProblemAsync(api, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(TimeSpan.FromSeconds(30), api.Headers.RetryAfter?.Delta);
        Assert.Contains("Storage is temporarily unreachable", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, sent.StatusCode);
        Assert.Contains("non &#xE8; stato registrato", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(elapsed < TimeSpan.FromSeconds(60), $"the four answers took {elapsed}");

        storage.Up();
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/readyz")).StatusCode);
        using var again = await WebFixture.PostFormAsync(desk, "/desk/new", form, intake);
        using var twice = await WebFixture.PostFormAsync(desk, "/desk/new", form, intake);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(again.Headers.Location, twice.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, (await GetHtmlAsync(coordinator, "/coordinator")).StatusCode);
    }

    [Fact]
    public async Task Given_storage_answers_only_after_the_host_starts_when_the_sign_in_form_is_used_then_it_has_its_token_and_works()
    {
        await using var storage = new StorageSwitch();
        storage.Down();
        await using var fx = new WebFixture();
        fx.With("Storage:ConnectionString", storage.ConnectionString);
        var back = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            storage.Up();
        });

        await fx.InitializeAsync();
        await back;
        var client = fx.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in");
        using var sent = await WebFixture.PostFormAsync(client, "/sign-in", form, new() { ["email"] = WebFixture.DeskEmail });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.NotNull(fx.Mailer.LastTo(WebFixture.DeskEmail));
    }

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            using var ready = await client.GetAsync("/readyz");
            if (ready.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), $"/readyz still answers {ready.StatusCode} with storage up");
            await Task.Delay(500);
        }
    }

    private static async Task<HttpResponseMessage> GetHtmlAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html");
        return await client.SendAsync(request);
    }
}
