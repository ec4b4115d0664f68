using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Workflows.Host.Api;
using Workflows.Host.Authorization;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// API tokens carry the networks of the coordinator who issued them, and only their owner lists or revokes them:
/// another network's coordinator neither sees nor revokes them (404, as for a token that does not exist).
/// </summary>
public sealed class TokenNetworkTests(HostFixture host) : IClassFixture<HostFixture>
{
    private async Task<(string Id, string Token)> IssueAsync(HttpClient coordinator, string name)
    {
        using var response = await coordinator.PostAsJsonAsync("/api/tokens", new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetString()!, body.GetProperty("token").GetString()!);
    }

    [Fact]
    public async Task Given_two_network_coordinators_when_each_lists_tokens_then_each_sees_only_their_own()
    {
        using var canavese = host.CreateNetworkCoordinatorClient("marco@canavese.example", "canavese");
        using var alessandria = host.CreateNetworkCoordinatorClient("anna@alessandria.example", "alessandria");
        var (mine, _) = await IssueAsync(canavese, "export canavese");
        var (theirs, _) = await IssueAsync(alessandria, "export alessandria");

        var listed = await (await canavese.GetAsync(new Uri("/api/tokens", UriKind.Relative))).Content.ReadFromJsonAsync<JsonElement>();

        var ids = listed.EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.Contains(mine, ids);
        Assert.DoesNotContain(theirs, ids);
        var own = listed.EnumerateArray().Single(t => t.GetProperty("id").GetString() == mine);
        Assert.Equal(["canavese"], own.GetProperty("networks").EnumerateArray().Select(n => n.GetString()));
    }

    [Fact]
    public async Task Given_another_coordinators_token_when_revoked_then_404_and_it_still_works()
    {
        using var canavese = host.CreateNetworkCoordinatorClient("marco2@canavese.example", "canavese");
        using var alessandria = host.CreateNetworkCoordinatorClient("anna2@alessandria.example", "alessandria");
        var (theirs, token) = await IssueAsync(alessandria, "cruscotto");

        using var revoke = await canavese.DeleteAsync(new Uri("/api/tokens/" + theirs, UriKind.Relative));
        using var bearer = host.CreateBearerClient(token);
        using var still = await bearer.GetAsync(new Uri("/api/tokens", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(revoke, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
        using var own = await alessandria.DeleteAsync(new Uri("/api/tokens/" + theirs, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, own.StatusCode);
    }

    [Fact]
    public async Task Given_a_token_of_a_network_coordinator_when_it_calls_then_it_carries_that_network_and_lists_its_owners_tokens()
    {
        using var canavese = host.CreateNetworkCoordinatorClient("marco3@canavese.example", "canavese");
        var (id, token) = await IssueAsync(canavese, "report");
        using var bearer = host.CreateBearerClient(token);

        var listed = await (await bearer.GetAsync(new Uri("/api/tokens", UriKind.Relative))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal([id], listed.EnumerateArray().Select(t => t.GetProperty("id").GetString()));
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(StaffClaims.NetworkId, "canavese")]));
        Assert.False(NetworkScope.Of(user).IsUnrestricted);
    }

    [Fact]
    public async Task Given_a_token_row_from_before_networks_when_used_then_401()
    {
        using var coordinator = host.CreateCoordinatorClient();
        var (id, token) = await IssueAsync(coordinator, "vecchio");
        var table = host.Table(global::Workflows.Host.Authorization.ApiTokenStore.TableSuffix);
        var row = (await table.GetEntityAsync<Azure.Data.Tables.TableEntity>("token", id)).Value;
        row.Remove("Networks");
        await table.UpdateEntityAsync(row, Azure.ETag.All, Azure.Data.Tables.TableUpdateMode.Replace);
        using var bearer = host.CreateBearerClient(token);

        using var response = await bearer.GetAsync(new Uri("/api/instances", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
