using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// <c>GET /api/instances</c>: the filters Durable lacks (workflow name, business step, partner, comune,
/// category) next to its own (runtime status, creation time, top), with continuation in the header.
/// </summary>
public sealed class QueryTests(HostFixture host) : IClassFixture<HostFixture>, IDisposable
{
    private readonly HttpClient _api = host.CreateCoordinatorClient();

    public void Dispose() => _api.Dispose();

    private async Task<List<string>> IdsAsync(string query)
    {
        using var response = await _api.GetAsync(new Uri("/api/instances?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. items.EnumerateArray().Select(i => i.GetProperty("instanceId").GetString()!)];
    }

    [Fact]
    public async Task Given_requests_of_one_partner_when_filtered_then_each_filter_narrows_the_list_newest_first()
    {
        var partner = "partner-" + Guid.NewGuid().ToString("N")[..8];
        var t0 = host.Clock.GetUtcNow();
        var a = (await host.StartRequestAsync(_api, partner, comune: "001032", category: "credito")).Value;
        host.Clock.Advance(TimeSpan.FromHours(1));
        var b = (await host.StartRequestAsync(_api, partner, comune: "001041", category: "cooperative")).Value;
        host.Clock.Advance(TimeSpan.FromHours(1));
        var c = (await host.StartRequestAsync(_api, partner, comune: "001032", category: "credito")).Value;
        (await _api.PostAsJsonAsync($"/api/instances/{c}/raiseEvent/PartnerAccepted", new { })).Dispose();
        (await _api.PostAsync(new Uri($"/api/instances/{b}/terminate", UriKind.Relative), null)).Dispose();
        host.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal([c, b, a], await IdsAsync($"partner={partner}"));
        Assert.Equal([c, a], await IdsAsync($"partner={partner}&runtimeStatus=Running"));
        Assert.Equal([c, b, a], await IdsAsync($"partner={partner}&runtimeStatus=running,%20TERMINATED"));
        Assert.Equal([c], await IdsAsync($"partner={partner}&customStatus=Scheduling"));
        Assert.Equal([c, a], await IdsAsync($"partner={partner}&customStatus=Scheduling,AwaitingPartnerReview&runtimeStatus=Running"));
        Assert.Equal([c, a], await IdsAsync($"partner={partner}&comune=001032"));
        Assert.Equal([b], await IdsAsync($"partner={partner}&category=cooperative"));
        Assert.Equal([c, b, a], await IdsAsync($"partner={partner}&name=DeskRequestSample"));
        Assert.Empty(await IdsAsync($"partner={partner}&name=QuarterlyReport"));
        var from = Uri.EscapeDataString((t0 + TimeSpan.FromMinutes(30)).ToString("O"));
        var to = Uri.EscapeDataString((t0 + TimeSpan.FromMinutes(90)).ToString("O"));
        Assert.Equal([c, b], await IdsAsync($"partner={partner}&createdTimeFrom={from}"));
        Assert.Equal([b], await IdsAsync($"partner={partner}&createdTimeFrom={from}&createdTimeTo={to}"));
        Assert.Equal([b, a], await IdsAsync($"partner={partner}&createdTimeTo={to}"));
        Assert.Empty(await IdsAsync("partner=nobody-" + Guid.NewGuid().ToString("N")));
    }

    [Fact]
    public async Task Given_more_requests_than_top_when_listed_then_the_continuation_header_walks_every_page_once()
    {
        var partner = "partner-" + Guid.NewGuid().ToString("N")[..8];
        var started = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            started.Add((await host.StartRequestAsync(_api, partner)).Value);
            host.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/instances?partner={partner}&top=2");
            if (token is not null)
            {
                request.Headers.Add("x-ms-continuation-token", token);
            }

            using var response = await _api.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.InRange(page.GetArrayLength(), 0, 2);
            seen.AddRange(page.EnumerateArray().Select(i => i.GetProperty("instanceId").GetString()!));
            token = response.Headers.TryGetValues("x-ms-continuation-token", out var values) ? values.Single() : null;
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Null(token);
        Assert.True(pages >= 3, $"top=2 over 5 items took {pages} page(s)");
        Assert.Equal(Enumerable.Reverse(started), seen);
    }

    [Fact]
    public async Task Given_a_listed_instance_when_read_then_it_has_the_status_fields_and_no_input()
    {
        var partner = "partner-" + Guid.NewGuid().ToString("N")[..8];
        var id = await host.StartRequestAsync(_api, partner);

        using var response = await _api.GetAsync(new Uri($"/api/instances?partner={partner}", UriKind.Relative));
        var item = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());

        Assert.Equal(id.Value, item.GetProperty("instanceId").GetString());
        Assert.Equal("DeskRequestSample", item.GetProperty("name").GetString());
        Assert.Equal("Running", item.GetProperty("runtimeStatus").GetString());
        Assert.Equal("AwaitingPartnerReview", item.GetProperty("customStatus").GetString());
        Assert.Equal("001032", item.GetProperty("tags").GetProperty("comune").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("input").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("state").ValueKind);
    }

    [Theory]
    [InlineData("runtimeStatus=Nope", "runtimeStatus")]
    [InlineData("runtimeStatus=1", "runtimeStatus")]
    [InlineData("runtimeStatus=Running,Paused", "runtimeStatus")]
    [InlineData("runtimeStatus=,", "runtimeStatus")]
    [InlineData("createdTimeFrom=ieri", "createdTimeFrom")]
    [InlineData("createdTimeTo=2026-13-45", "createdTimeTo")]
    [InlineData("createdTimeFrom=2026-03-02T10:00:00Z&createdTimeTo=2026-03-02T09:00:00Z", "createdTimeTo")]
    [InlineData("top=0", "top")]
    [InlineData("top=1001", "top")]
    [InlineData("top=-1", "top")]
    [InlineData("top=dieci", "top")]
    [InlineData("customStatus=", "customStatus")]
    [InlineData("partner=", "partner")]
    public async Task Given_a_bad_filter_when_listed_then_400_naming_the_parameter(string query, string parameter)
    {
        using var response = await _api.GetAsync(new Uri("/api/instances?" + query, UriKind.Relative));

        await ProblemAssert.IsValidationProblemAsync(response, parameter);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("AAEC")] // decodes to control characters
    public async Task Given_a_forged_continuation_token_when_listed_then_400(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/instances");
        request.Headers.TryAddWithoutValidation("x-ms-continuation-token", token);

        using var response = await _api.SendAsync(request);

        await ProblemAssert.IsValidationProblemAsync(response, "x-ms-continuation-token");
    }
}
