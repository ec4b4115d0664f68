namespace Workflows.Host.Tests.Web;

/// <summary>Signed-in clients for the coordinator pages: the network's administrator and two networks' coordinators.</summary>
public sealed class CoordinatorClients(HostFixture host) : IDisposable
{
    public HttpClient Admin { get; } = host.CreateCoordinatorClient();

    public HttpClient Torino { get; } = host.CreateNetworkCoordinatorClient("coordinamento@torino.example", "torino");

    public HttpClient Alessandria { get; } = host.CreateNetworkCoordinatorClient("coordinamento@alessandria.example", "alessandria");

    public void Dispose()
    {
        Admin.Dispose();
        Torino.Dispose();
        Alessandria.Dispose();
    }
}
