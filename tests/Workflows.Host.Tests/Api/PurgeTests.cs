using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Steps;

namespace Workflows.Host.Tests.Api;

/// <summary>Purge one (<c>DELETE /api/instances/{id}</c>) and many (<c>DELETE /api/instances?filters</c>).</summary>
public sealed class PurgeTests(HostFixture host) : IClassFixture<HostFixture>, IDisposable
{
    private readonly HttpClient _api = host.CreateCoordinatorClient();

    public void Dispose() => _api.Dispose();

    private async Task TerminateAsync(InstanceId id)
    {
        using var response = await _api.PostAsync(new Uri($"/api/instances/{id.Value}/terminate", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Given_a_running_instance_when_purged_then_412_and_once_terminated_200_then_404()
    {
        var id = await host.StartRequestAsync(_api, "partner-" + Guid.NewGuid().ToString("N")[..8]);
        var uri = new Uri($"/api/instances/{id.Value}", UriKind.Relative);

        using (var running = await _api.DeleteAsync(uri))
        {
            await ProblemAssert.IsProblemAsync(running, HttpStatusCode.PreconditionFailed);
        }

        await TerminateAsync(id);
        using (var purged = await _api.DeleteAsync(uri))
        {
            Assert.Equal(HttpStatusCode.OK, purged.StatusCode);
            Assert.Equal(1, (await purged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instancesDeleted").GetInt32());
        }

        Assert.Null(await host.Queries.GetInstanceAsync(id, false));
        using (var status = await _api.GetAsync(uri))
        {
            await ProblemAssert.IsProblemAsync(status, HttpStatusCode.NotFound);
        }

        using var again = await _api.DeleteAsync(uri);
        await ProblemAssert.IsProblemAsync(again, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_malformed_id_when_purged_then_400()
    {
        using var response = await _api.DeleteAsync(new Uri("/api/instances/not-an-id", UriKind.Relative));

        await ProblemAssert.IsValidationProblemAsync(response, "id");
    }

    [Fact]
    public async Task Given_ended_and_running_requests_of_a_partner_when_purged_by_filter_then_only_the_ended_ones_go()
    {
        var partner = "partner-" + Guid.NewGuid().ToString("N")[..8];
        var ended1 = await host.StartRequestAsync(_api, partner);
        var ended2 = await host.StartRequestAsync(_api, partner);
        var running = await host.StartRequestAsync(_api, partner);
        var otherPartner = await host.StartRequestAsync(_api, partner + "-altro");
        await TerminateAsync(ended1);
        await TerminateAsync(ended2);
        await TerminateAsync(otherPartner);

        using (var response = await _api.DeleteAsync(new Uri($"/api/instances?partner={partner}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instancesDeleted").GetInt32());
        }

        Assert.Null(await host.Queries.GetInstanceAsync(ended1, false));
        Assert.Null(await host.Queries.GetInstanceAsync(ended2, false));
        Assert.NotNull(await host.Queries.GetInstanceAsync(running, false));
        Assert.NotNull(await host.Queries.GetInstanceAsync(otherPartner, false));

        using var nothingLeft = await _api.DeleteAsync(new Uri($"/api/instances?partner={partner}", UriKind.Relative));
        await ProblemAssert.IsProblemAsync(nothingLeft, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("", "filter")]
    [InlineData("?top=5", "filter")]
    [InlineData("?runtimeStatus=Running", "runtimeStatus")]
    [InlineData("?runtimeStatus=Terminated,Suspended", "runtimeStatus")]
    [InlineData("?runtimeStatus=Finito", "runtimeStatus")]
    [InlineData("?createdTimeTo=domani", "createdTimeTo")]
    public async Task Given_a_purge_without_a_usable_filter_when_sent_then_400_and_nothing_is_deleted(string query, string parameter)
    {
        var id = await host.StartRequestAsync(_api, "partner-" + Guid.NewGuid().ToString("N")[..8]);
        await TerminateAsync(id);

        using var response = await _api.DeleteAsync(new Uri("/api/instances" + query, UriKind.Relative));

        await ProblemAssert.IsValidationProblemAsync(response, parameter);
        Assert.NotNull(await host.Queries.GetInstanceAsync(id, false));
    }
}
