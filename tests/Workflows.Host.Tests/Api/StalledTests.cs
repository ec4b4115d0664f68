using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// The operators' list of stalled requests and "riprova" through the API (the stall itself, through the real runtime,
/// is <c>Runtime/StalledTurnTests</c>): listed with cause and since when, shown on the instance, retried, 4xx on bad input.
/// </summary>
public sealed class StalledTests(HostFixture host) : IClassFixture<HostFixture>, IDisposable
{
    private readonly HttpClient _api = host.CreateCoordinatorClient();

    public void Dispose() => _api.Dispose();

    [Fact]
    public async Task Given_a_stalled_request_then_the_list_and_its_status_say_why_and_since_when_and_riprova_is_accepted()
    {
        var id = await host.StartRequestAsync(_api, "partner-" + Guid.NewGuid().ToString("N")[..8]);
        var view = (await host.Queries.GetInstanceAsync(id, false))!;
        var since = DateTimeOffset.Parse("2026-12-07T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        await host.Services.GetRequiredService<WorkflowViewStore>().RecordStallAsync(
            new StallRecord(id.Value, view.Name, view.CustomStatus, view.Tags, "The table service did not answer", since, 3, since.AddMinutes(2)),
            CancellationToken.None);

        using var list = await _api.GetAsync(new Uri("/api/instances/stalled", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var item = Assert.Single((await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray(), i => i.GetProperty("instanceId").GetString() == id.Value);
        Assert.Equal("The table service did not answer", item.GetProperty("cause").GetString());
        Assert.Equal(3, item.GetProperty("attempts").GetInt32());
        Assert.Equal(since, item.GetProperty("since").GetDateTimeOffset());

        using var status = await _api.GetAsync(new Uri($"/api/instances/{id.Value}", UriKind.Relative));
        var stalled = (await status.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stalled");
        Assert.Equal("The table service did not answer", stalled.GetProperty("cause").GetString());

        using var retry = await _api.PostAsync(new Uri($"/api/instances/{id.Value}/retry", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
    }

    [Fact]
    public async Task Given_a_request_that_is_not_stalled_when_riprova_then_409_and_for_no_request_404_and_for_a_bad_id_400()
    {
        var id = await host.StartRequestAsync(_api, "partner-" + Guid.NewGuid().ToString("N")[..8]);

        using var notStalled = await _api.PostAsync(new Uri($"/api/instances/{id.Value}/retry", UriKind.Relative), null);
        using var missing = await _api.PostAsync(new Uri($"/api/instances/{InstanceId.New().Value}/retry", UriKind.Relative), null);
        using var bad = await _api.PostAsync(new Uri("/api/instances/not%20an%20id/retry", UriKind.Relative), null);

        await ProblemAssert.IsProblemAsync(notStalled, HttpStatusCode.Conflict);
        await ProblemAssert.IsProblemAsync(missing, HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.BadRequest);
        using var status = await _api.GetAsync(new Uri($"/api/instances/{id.Value}", UriKind.Relative));
        Assert.False((await status.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("stalled", out var s) && s.ValueKind != JsonValueKind.Null);
    }
}
