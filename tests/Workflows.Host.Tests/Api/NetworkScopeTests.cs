using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Desk.Events;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Host.Authorization;
using Workflows.Steps;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// A coordinator sees and steers only the requests of the networks they coordinate, in the API as on the pages:
/// every instance endpoint answers 404 for another network's request, and the list leaves it out; a start at another
/// network's desk (or with the desk's network forged in the input) answers 404 and creates nothing.
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

    [Fact]
    public async Task Given_ended_requests_of_two_networks_when_a_coordinator_purges_by_filter_then_only_their_networks_go()
    {
        var partner = "partner-" + Guid.NewGuid().ToString("N")[..8];
        var torino = await host.StartRequestAsync(_admin, partner, comune: "001032");
        var alessandria = await host.StartRequestAsync(_admin, partner, comune: "006003");
        foreach (var id in new[] { torino, alessandria })
        {
            using var terminated = await _admin.PostAsync(new Uri($"/api/instances/{id}/terminate", UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.Accepted, terminated.StatusCode);
        }

        await host.DeliverWorkAsync();
        using var purged = await _torino.DeleteAsync(new Uri($"/api/instances?partner={partner}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
        Assert.Equal(1, (await purged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instancesDeleted").GetInt32());
        Assert.Null(await host.Queries.GetInstanceAsync(torino, false, CancellationToken.None));
        Assert.NotNull(await host.Queries.GetInstanceAsync(alessandria, false, CancellationToken.None));
    }

    [Fact]
    public async Task Given_a_refused_email_of_another_network_then_the_coordinator_neither_lists_nor_retries_it_and_its_own_coordinator_does()
    {
        var partner = "partner-" + Guid.NewGuid().ToString("N")[..8];
        host.Dispatcher.Fail = item => item.Email.Model.GetRawText().Contains(partner, StringComparison.Ordinal) ? new OutboxDispatchException("Indirizzo rifiutato", isTransient: false) : null;
        try
        {
            var other = await host.StartRequestAsync(_admin, partner, comune: "006003");
            await host.DeliverWorkAsync();
            var listed = await _alessandria.GetFromJsonAsync<JsonElement>("/api/instances/poison");
            var messageId = Assert.Single(listed.EnumerateArray(), i => i.GetProperty("instanceId").GetString() == other.Value).GetProperty("messageId").GetString();
            host.Dispatcher.Fail = null;

            var seenByTorino = await _torino.GetFromJsonAsync<JsonElement>("/api/instances/poison");
            using var one = await _torino.PostAsync(new Uri($"/api/instances/poison/{messageId}/retry", UriKind.Relative), null);
            using var all = await _torino.PostAsync(new Uri("/api/instances/poison/retry", UriKind.Relative), null);
            await host.DeliverWorkAsync();

            Assert.DoesNotContain(seenByTorino.EnumerateArray(), i => i.GetProperty("instanceId").GetString() == other.Value);
            await ProblemAssert.IsProblemAsync(one, HttpStatusCode.NotFound);
            Assert.Equal(HttpStatusCode.OK, all.StatusCode);
            Assert.Empty(host.Dispatcher.For(other));
            var still = await _alessandria.GetFromJsonAsync<JsonElement>("/api/instances/poison");
            Assert.Contains(still.EnumerateArray(), i => i.GetProperty("messageId").GetString() == messageId);
        }
        finally
        {
            host.Dispatcher.Fail = null;
        }
    }

    private const string Burolo = "burolo";          // a desk of DemoDirectory.PiccoliComuniNetwork
    private const string Gavi = "gavi";              // a desk of DemoDirectory.AlessandriaNetwork

    public static TheoryData<string> Credentials => new() { "cookie", "bearer" };

    [Theory]
    [MemberData(nameof(Credentials))]
    public async Task Given_a_coordinator_of_one_network_when_starting_a_desk_request_at_another_networks_desk_then_404_and_nothing_is_created(string credential)
    {
        using var alessandria = await CallerAsync(DemoDirectory.AlessandriaNetwork, credential);
        var key = "scope-" + Guid.NewGuid().ToString("N");

        using var response = await StartAsync(alessandria, DeskRequestWorkflow.WorkflowName, DeskRequest(Burolo), key);

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("Desk not found in your networks", problem.ToString(), StringComparison.Ordinal);
        Assert.Null(await host.Queries.GetInstanceAsync(InstanceId.FromIdempotencyKey(DeskRequestWorkflow.WorkflowName, key), false, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Credentials))]
    public async Task Given_another_networks_desk_when_the_input_claims_the_callers_network_for_it_then_404_and_nothing_is_created(string credential)
    {
        using var alessandria = await CallerAsync(DemoDirectory.AlessandriaNetwork, credential);
        var directory = host.Services.GetRequiredService<NetworkDirectory>();
        var forged = DeskRequest(Burolo);
        forged["desk"]!["networkId"] = DemoDirectory.AlessandriaNetwork;
        forged["network"] = JsonSerializer.SerializeToNode(directory.FindNetwork(DemoDirectory.AlessandriaNetwork), WorkflowJson.Options);
        var key = "forged-" + Guid.NewGuid().ToString("N");

        using var response = await StartAsync(alessandria, DeskRequestWorkflow.WorkflowName, forged, key);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Null(await host.Queries.GetInstanceAsync(InstanceId.FromIdempotencyKey(DeskRequestWorkflow.WorkflowName, key), false, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Credentials))]
    public async Task Given_a_coordinator_of_one_network_when_starting_at_a_desk_of_their_network_then_202_and_the_request_is_theirs(string credential)
    {
        using var alessandria = await CallerAsync(DemoDirectory.AlessandriaNetwork, credential);

        using var response = await StartAsync(alessandria, DeskRequestWorkflow.WorkflowName, DeskRequest(Gavi), "own-" + Guid.NewGuid().ToString("N"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var own = await alessandria.GetAsync(new Uri("/api/instances/" + id, UriKind.Relative));
        Assert.True(own.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, own.StatusCode.ToString());
    }

    [Fact]
    public async Task Given_an_idempotency_key_of_another_networks_request_when_a_coordinator_reuses_it_then_404_not_that_requests_links()
    {
        var key = "shared-" + Guid.NewGuid().ToString("N");
        using (var first = await StartAsync(_admin, DeskRequestWorkflow.WorkflowName, DeskRequest(Burolo), key))
        {
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        }

        using var alessandria = await CallerAsync(DemoDirectory.AlessandriaNetwork, "cookie");
        using var again = await StartAsync(alessandria, DeskRequestWorkflow.WorkflowName, DeskRequest(Gavi), key);

        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_network_coordinator_when_starting_an_event_registration_which_has_no_network_then_404_and_the_service_coordinator_may()
    {
        var input = new EventRegistrationInput(
            "EV-2026-0009", "corso-bandi", "Bandi per la transizione energetica", HostFixture.Start.AddDays(10), HostFixture.Start.AddDays(10).AddHours(2),
            "Municipio di Gavi", null, "Rete Alessandria", "eventi@alessandria.example", "Giulia Bianchi", "giulia.bianchi@example.org");
        var body = JsonSerializer.SerializeToNode(input, WorkflowJson.Options)!.AsObject();
        using var alessandria = await CallerAsync(DemoDirectory.AlessandriaNetwork, "bearer");

        using var refused = await StartAsync(alessandria, EventRegistrationWorkflow.WorkflowName, body, "ev-" + Guid.NewGuid().ToString("N"));
        using var accepted = await StartAsync(_admin, EventRegistrationWorkflow.WorkflowName, body, "ev-" + Guid.NewGuid().ToString("N"));

        await ProblemAssert.IsProblemAsync(refused, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
    }

    private async Task<HttpClient> CallerAsync(string network, string credential)
    {
        var cookie = Coordinator(host, network);
        if (credential == "cookie")
        {
            return cookie;
        }

        using (cookie)
        {
            using var issued = await cookie.PostAsJsonAsync("/api/tokens", new { name = "avvio " + network });
            Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
            var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
            return host.CreateBearerClient(token);
        }
    }

    private JsonObject DeskRequest(string deskId)
    {
        var directory = host.Services.GetRequiredService<NetworkDirectory>();
        var desk = directory.FindDesk(deskId)!;
        var applicant = new Applicant(ApplicantKind.Citizen, "Giuseppina Ferrando", "giuseppina.ferrando@example.org", "+39 0125 222333");
        var intake = new DeskIntake(deskId, desk.ComuneIstat, applicant, Category.InnovationPatent, "Vorrei brevettare un attrezzo per la potatura delle viti.",
            ContactMode.AtDesk, new PrivacyConsent("2026-01", HostFixture.Start));
        return JsonSerializer.SerializeToNode(directory.PrepareRequest(intake, "TO-2026-0" + Random.Shared.Next(100, 999)), WorkflowJson.Options)!.AsObject();
    }

    private static async Task<HttpResponseMessage> StartAsync(HttpClient client, string workflow, JsonObject input, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/workflows/" + workflow) { Content = JsonContent.Create(input) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request);
    }
}
