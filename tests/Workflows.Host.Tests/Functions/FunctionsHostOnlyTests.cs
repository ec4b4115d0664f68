using System.Net;
using System.Text;

namespace Workflows.Host.Tests.Functions;

/// <summary>
/// <c>/work</c> and <c>/sweeper</c> answer only the local Functions host: not a caller elsewhere, and not a public
/// request that the catch-all HTTP function forwarded to the same path from 127.0.0.1.
/// </summary>
public sealed class FunctionsHostOnlyTests(HostFixture host) : IClassFixture<HostFixture>, IDisposable
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));

    private CancellationToken Ct => _timeout.Token;

    public void Dispose() => _timeout.Dispose();

    public static TheoryData<string, string?, string?, string?> Outsiders => new()
    {
        { "/work", "203.0.113.7", null, null },                        // another machine
        { "/work", "10.0.0.4", null, null },                           // a neighbour in the same network
        { "/work", null, "innovation-desk.azurewebsites.net", null },  // forwarded by the http function: the site's host name
        { "/work", null, null, "X-ARR-LOG-ID" },                        // forwarded: App Service's front-end marker
        { "/work", null, null, "X-Forwarded-For" },
        { "/sweeper", "203.0.113.7", null, null },
        { "/sweeper", null, "innovation-desk.azurewebsites.net", null },
    };

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Given_a_call_that_is_not_the_local_functions_host_when_it_posts_a_valid_payload_then_404_and_nothing_runs(
        string path, string? remote, string? hostHeader, string? frontEndHeader)
    {
        using var api = host.CreateCoordinatorClient();
        var id = await host.StartRequestAsync(api, "partner-" + Guid.NewGuid().ToString("N")[..8], ct: Ct);
        var message = Assert.Single((await host.WorkQueueClient.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(1), Ct)).Value, m => m.MessageText.Contains(id.Value, StringComparison.Ordinal));
        var body = path == "/work"
            ? FunctionsPayload.Queue(message.MessageText, 1, message.MessageId)
            : FunctionsPayload.Read("timer-trigger.json");
        host.Clock.Advance(TimeSpan.FromMinutes(1)); // so a sweep would find the e-mail too

        using var outsider = host.CreateAnonymousClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (remote is not null)
        {
            request.Headers.Add(TestRemoteAddress.Header, remote);
        }

        if (hostHeader is not null)
        {
            request.Headers.Host = hostHeader;
        }

        if (frontEndHeader is not null)
        {
            request.Headers.Add(frontEndHeader, "203.0.113.7");
        }

        using var response = await outsider.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(host.Dispatcher.For(id));

        // The same payload from the local host is handled.
        using var local = host.CreateAnonymousClient();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var accepted = await local.PostAsync(new Uri(path, UriKind.Relative), content, Ct);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Single(host.Dispatcher.For(id));
    }

    [Fact]
    public async Task Given_the_functions_endpoints_when_the_openapi_document_is_read_then_they_are_not_in_it()
    {
        using var client = host.CreateCoordinatorClient();

        var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), Ct);

        Assert.DoesNotContain("\"/work\"", document, StringComparison.Ordinal);
        Assert.DoesNotContain("\"/sweeper\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/api/instances/{id}\"", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_get_when_it_asks_for_work_then_it_is_not_a_route()
    {
        using var client = host.CreateAnonymousClient();

        using var response = await client.GetAsync(new Uri("/work", UriKind.Relative), Ct);

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed, response.StatusCode.ToString());
    }
}
