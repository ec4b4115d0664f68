using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Workflows.Host.Authorization;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// A coordinator sees and steers only the requests of the networks they coordinate, in the API as on the pages:
/// every instance endpoint answers 404 for another network's request, and the list leaves it out.
/// </summary>
public sealed class NetworkScopeTests(HostFixture host) : IClassFixture<HostFixture>, IDisposable
{
    private readonly HttpClient _admin = host.CreateCoordinatorClient();
    private readonly HttpClient _torino = Coordinator(host, "torino");
    private readonly HttpClient _alessandria = Coordinator(host, "alessandria");

    public void Dispose()
    {
        _admin.Dispose();
        _torino.Dispose();
        _alessandria.Dispose();
    }

    private static HttpClient Coordinator(HostFixture host, string network)
    {
        var client = host.CreateAnonymousClient();
        client.DefaultRequestHeaders.Add("Cookie", TestSignIn.CookieHeader(host.Services, $"coordinamento@{network}.example", [AppRoles.Coordinator], [new Claim(StaffClaims.NetworkId, network)]));
        return client;
    }

    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", "/api/instances/{id}" },
        { "GET", "/api/instances/{id}?showHistory=true&showInput=true" },
        { "POST", "/api/instances/{id}/raiseEvent/PartnerAccepted" },
        { "POST", "/api/instances/{id}/suspend" },
        { "POST", "/api/instances/{id}/resume" },
        { "POST", "/api/instances/{id}/terminate" },
        { "POST", "/api/instances/{id}/erase" },
        { "DELETE", "/api/instances/{id}" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Given_another_networks_request_when_a_coordinator_calls_any_instance_endpoint_then_404_and_nothing_changes(string method, string path)
    {
        var other = await host.StartRequestAsync(_admin, "partner-" + Guid.NewGuid().ToString("N")[..8], comune: "006003");
        await host.DeliverWorkAsync();
        var before = await host.Queries.GetInstanceAsync(other, true, CancellationToken.None);

        using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{id}", other.Value, StringComparison.Ordinal));
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { stepToken = "x" });
        }

        using var response = await _torino.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        var after = await host.Queries.GetInstanceAsync(other, true, CancellationToken.None);
        Assert.Equal(before!.RuntimeStatus, after!.RuntimeStatus);
        Assert.Equal(before.HistoryLength, after.HistoryLength);
        Assert.Null(after.ErasedAt);
    }

    [Fact]
    public async Task Given_requests_of_two_networks_then_each_coordinator_lists_and_reads_only_their_own_and_the_service_coordinator_both()
    {
        var torino = await host.StartRequestAsync(_admin, "partner-" + Guid.NewGuid().ToString("N")[..8], comune: "001032");
        var alessandria = await host.StartRequestAsync(_admin, "partner-" + Guid.NewGuid().ToString("N")[..8], comune: "006003");

        async Task<List<string>> ListAsync(HttpClient client)
        {
            var items = await client.GetFromJsonAsync<JsonElement>("/api/instances?top=1000");
            return [.. items.EnumerateArray().Select(i => i.GetProperty("instanceId").GetString()!)];
        }

        var seenByTorino = await ListAsync(_torino);
        var seenByAlessandria = await ListAsync(_alessandria);
        var seenByAdmin = await ListAsync(_admin);

        Assert.Contains(torino.Value, seenByTorino);
        Assert.DoesNotContain(alessandria.Value, seenByTorino);
        Assert.Contains(alessandria.Value, seenByAlessandria);
        Assert.DoesNotContain(torino.Value, seenByAlessandria);
        Assert.Contains(torino.Value, seenByAdmin);
        Assert.Contains(alessandria.Value, seenByAdmin);

        using var own = await _torino.GetAsync(new Uri($"/api/instances/{torino}", UriKind.Relative));
        Assert.True(own.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, own.StatusCode.ToString());
        using var theirs = await _alessandria.GetAsync(new Uri($"/api/instances/{torino}", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(theirs, HttpStatusCode.NotFound);
    }
}
