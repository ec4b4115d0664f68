using System.Net;
using Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Workflows.Steps;

namespace Workflows.Host.Tests.Observability;

/// <summary><c>/healthz</c> says the process is up; <c>/readyz</c> says whether Table and Queue storage answer.</summary>
public sealed class HealthTests(HostFixture host) : IClassFixture<HostFixture>
{
    // Azurite's published development key; the endpoints point at a port where nothing listens.
    private const string Unreachable =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        "TableEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;";

    [Fact]
    public async Task Given_the_host_is_up_when_healthz_is_asked_then_200()
    {
        using var client = host.CreateAnonymousClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_azurite_answers_when_readyz_is_asked_then_200()
    {
        using var client = host.CreateAnonymousClient();

        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Given_storage_is_unreachable_when_readyz_is_asked_then_503_while_healthz_stays_200()
    {
        // Storage is not there: the host still comes up (its Durable worker waits for storage in the background).
        await using var broken = HostFixture.With(settings => settings["Storage:ConnectionString"] = Unreachable);
        using var client = broken.CreateAnonymousClient();

        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
