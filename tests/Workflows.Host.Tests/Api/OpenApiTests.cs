using System.Net;
using System.Text.Json;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// The OpenAPI document describes the management API, for coordinators only outside Development (or not at all
/// with <c>Api:OpenApi=Off</c>); unknown API paths answer ProblemDetails.
/// </summary>
public sealed class OpenApiTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Given_a_coordinator_when_the_openapi_document_is_read_then_it_lists_the_management_operations()
    {
        using var client = host.CreateCoordinatorClient();

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        var paths = document.GetProperty("paths");
        foreach (var path in new[]
        {
            "/api/instances", "/api/instances/{id}", "/api/instances/{id}/raiseEvent/{eventName}",
            "/api/instances/{id}/suspend", "/api/instances/{id}/resume", "/api/instances/{id}/terminate",
            "/api/instances/poison", "/api/instances/poison/{messageId}/retry", "/api/workflows/{name}", "/api/tokens", "/api/tokens/{id}",
        })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"missing {path}");
        }

        var list = paths.GetProperty("/api/instances").GetProperty("get");
        Assert.Equal("QueryInstances", list.GetProperty("operationId").GetString());
        var parameters = list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("runtimeStatus", parameters);
        Assert.Contains("partner", parameters);
        Assert.Contains("x-ms-continuation-token", parameters);
        Assert.True(paths.GetProperty("/api/instances/{id}/raiseEvent/{eventName}").GetProperty("post").GetProperty("responses").TryGetProperty("410", out _));
    }

    [Fact]
    public async Task Given_production_when_an_anonymous_caller_or_a_desk_reads_the_openapi_document_then_401_or_403_without_it()
    {
        using var anonymous = host.CreateAnonymousClient();
        using var desk = host.CreateSignedInClient("sportello@example.org", "desk");

        using var refused = await anonymous.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var forbidden = await desk.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.DoesNotContain("/api/instances", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_the_openapi_document_switched_off_when_a_coordinator_reads_it_then_404()
    {
        await using var off = HostFixture.With(settings => settings["Api:OpenApi"] = "Off");
        using var client = off.CreateCoordinatorClient();

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Given_production_without_a_mailbox_setting_when_the_local_mailbox_is_opened_then_404()
    {
        using var client = host.CreateAnonymousClient();

        using var list = await client.GetAsync(new Uri("/mailbox", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
    }

    [Fact]
    public async Task Given_an_api_path_that_does_not_exist_when_called_then_404_problem()
    {
        using var client = host.CreateCoordinatorClient();

        using var response = await client.GetAsync(new Uri("/api/nothing-here", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }
}
