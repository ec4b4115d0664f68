using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// Coordinators only, signed in with the web cookie or calling with an API token; tokens are issued by a signed-in
/// coordinator, stored hashed, and stop working the moment they are revoked.
/// </summary>
public sealed class AuthorizationTests(HostFixture host) : IClassFixture<HostFixture>
{
    private async Task<(string Id, string Token)> IssueAsync(string name = "export trimestrale")
    {
        using var coordinator = host.CreateCoordinatorClient();
        using var response = await coordinator.PostAsJsonAsync("/api/tokens", new { name });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal(new Uri("/api/tokens/" + id, UriKind.Relative), response.Headers.Location);
        Assert.Equal(name, body.GetProperty("name").GetString());
        return (id, body.GetProperty("token").GetString()!);
    }

    [Theory]
    [InlineData("GET", "/api/instances")]
    [InlineData("GET", "/api/instances/0123456789abcdefghjkmnpqrs")]
    [InlineData("POST", "/api/workflows/DeskRequestSample")]
    [InlineData("GET", "/api/instances/poison")]
    [InlineData("POST", "/api/instances/poison/retry")]
    [InlineData("GET", "/api/tokens")]
    [InlineData("POST", "/api/tokens")]
    public async Task Given_an_anonymous_caller_when_it_calls_the_api_then_401_problem_not_a_redirect(string method, string path)
    {
        using var client = host.CreateAnonymousClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Null(response.Headers.Location);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Theory]
    [InlineData("partner")]
    [InlineData("desk")]
    public async Task Given_a_signed_in_user_without_the_coordinator_role_when_it_calls_the_api_then_403(string role)
    {
        using var client = host.CreateSignedInClient("referente@example.org", role);

        using var list = await client.GetAsync(new Uri("/api/instances", UriKind.Relative));
        using var issue = await client.PostAsJsonAsync("/api/tokens", new { name = "x" });

        await ProblemAssert.IsProblemAsync(list, HttpStatusCode.Forbidden);
        await ProblemAssert.IsProblemAsync(issue, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_a_signed_in_coordinator_when_it_lists_then_200()
    {
        using var client = host.CreateCoordinatorClient();

        using var response = await client.GetAsync(new Uri("/api/instances", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Given_an_issued_token_when_used_as_bearer_then_the_api_answers_and_its_text_is_stored_only_as_a_hash()
    {
        var (id, token) = await IssueAsync();
        using var bearer = host.CreateBearerClient(token);

        using var list = await bearer.GetAsync(new Uri("/api/instances", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var instance = await host.StartRequestAsync(bearer, "partner-token");
        using var status = await bearer.GetAsync(new Uri($"/api/instances/{instance.Value}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Accepted, status.StatusCode);

        Assert.StartsWith("wfk_" + id + "_", token, StringComparison.Ordinal);
        var row = (await host.Table("ApiTokens").GetEntityAsync<TableEntity>("token", id)).Value;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), row.GetString("Hash"));
        Assert.DoesNotContain(row, kv => kv.Value is string s && s.Contains(token[^64..], StringComparison.Ordinal));
        Assert.Equal("coordinatrice@example.org", row.GetString("Owner"));
    }

    [Fact]
    public async Task Given_issued_tokens_when_listed_then_names_and_owners_show_but_never_the_token_text()
    {
        var (id, token) = await IssueAsync("cruscotto comuni");
        using var coordinator = host.CreateCoordinatorClient();

        using var response = await coordinator.GetAsync(new Uri("/api/tokens", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(token[^64..], text, StringComparison.Ordinal);
        var item = Assert.Single(JsonSerializer.Deserialize<JsonElement>(text).EnumerateArray(), t => t.GetProperty("id").GetString() == id);
        Assert.Equal("cruscotto comuni", item.GetProperty("name").GetString());
        Assert.Equal("coordinatrice@example.org", item.GetProperty("owner").GetString());
        Assert.False(item.GetProperty("isRevoked").GetBoolean());
    }

    [Fact]
    public async Task Given_a_token_when_it_tries_to_issue_another_then_403()
    {
        var (_, token) = await IssueAsync();
        using var bearer = host.CreateBearerClient(token);

        using var response = await bearer.PostAsJsonAsync("/api/tokens", new { name = "figlio" });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_a_revoked_token_when_used_then_401_at_once()
    {
        var (id, token) = await IssueAsync();
        using var bearer = host.CreateBearerClient(token);
        using (var before = await bearer.GetAsync(new Uri("/api/instances", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var coordinator = host.CreateCoordinatorClient();
        using (var revoke = await coordinator.DeleteAsync(new Uri("/api/tokens/" + id, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        using var after = await bearer.GetAsync(new Uri("/api/instances", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(after, HttpStatusCode.Unauthorized);
        using var list = await coordinator.GetAsync(new Uri("/api/tokens", UriKind.Relative));
        var item = Assert.Single((await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray(), t => t.GetProperty("id").GetString() == id);
        Assert.True(item.GetProperty("isRevoked").GetBoolean());
    }

    [Fact]
    public async Task Given_an_unknown_token_id_when_revoked_then_404()
    {
        using var coordinator = host.CreateCoordinatorClient();

        using var response = await coordinator.DeleteAsync(new Uri("/api/tokens/0123456789abcdef", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_token_with_one_character_changed_or_made_up_when_used_then_401()
    {
        var (_, token) = await IssueAsync();
        var altered = token[..^1] + (token[^1] == '0' ? '1' : '0');
        var candidates = new[] { altered, "wfk_0123456789abcdef_" + new string('a', 64), "not-a-token", token + "0" };

        foreach (var candidate in candidates)
        {
            using var bearer = host.CreateBearerClient(candidate);
            using var response = await bearer.GetAsync(new Uri("/api/instances", UriKind.Relative));
            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Given_a_token_without_a_name_when_issued_then_400(string name)
    {
        using var coordinator = host.CreateCoordinatorClient();

        using var response = await coordinator.PostAsJsonAsync("/api/tokens", new { name });

        await ProblemAssert.IsValidationProblemAsync(response, "name");
    }
}
