using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Orchestration.Views;

namespace Workflows.Host.Tests.Web;

/// <summary>
/// The coordinator's "Richieste bloccate" page: the requests of their networks whose turn keeps failing, with the
/// cause, since when and the attempts, and "Riprova ora"; another network's coordinator does not see them.
/// </summary>
public sealed class StalledRequestsPageTests(HostFixture host) : IClassFixture<HostFixture>, IDisposable
{
    private readonly CoordinatorClients _as = new(host);

    public void Dispose() => _as.Dispose();

    [Fact]
    public async Task Given_a_stalled_request_then_its_networks_coordinator_sees_why_and_retries_it_and_another_network_does_not_see_it()
    {
        var id = await host.StartRequestAsync(_as.Admin, "partner-" + Guid.NewGuid().ToString("N")[..8], comune: "001032");
        var view = (await host.Queries.GetInstanceAsync(id, false))!;
        var since = HostFixture.Start;
        await host.Services.GetRequiredService<WorkflowViewStore>().RecordStallAsync(
            new StallRecord(id.Value, view.Name, view.CustomStatus, view.Tags, "Il servizio tabelle non risponde", since, 4, since.AddMinutes(7)),
            CancellationToken.None);

        var page = await WebFixture.GetPageAsync(_as.Torino, "/coordinator/stalled");
        var row = page.QuerySelectorAll("tbody tr").SingleOrDefault(r => r.QuerySelector($"a[href='/coordinator/instances/{id.Value}']") is not null);
        Assert.NotNull(row);
        Assert.Contains("Il servizio tabelle non risponde", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("a[href='/coordinator/stalled'][aria-current='page']"));
        var other = await WebFixture.GetPageAsync(_as.Alessandria, "/coordinator/stalled");
        Assert.Null(other.QuerySelector($"a[href='/coordinator/instances/{id.Value}']"));

        var form = row.QuerySelector("form")!;
        using var retried = await WebFixture.PostFormAsync(_as.Torino, form.GetAttribute("action")!, page, []);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        var after = await WebFixture.GetPageAsync(_as.Torino, "/coordinator/stalled");
        Assert.Contains("Ripresa chiesta", after.QuerySelector("[role='status']")!.TextContent, StringComparison.Ordinal);

        // Posting another network's retry changes nothing and says so (Alessandria has a stalled request of its own, so
        // its page carries a form and its anti-forgery token).
        var own = await host.StartRequestAsync(_as.Admin, "partner-" + Guid.NewGuid().ToString("N")[..8], comune: "006003");
        var ownView = (await host.Queries.GetInstanceAsync(own, false))!;
        await host.Services.GetRequiredService<WorkflowViewStore>().RecordStallAsync(
            new StallRecord(own.Value, ownView.Name, ownView.CustomStatus, ownView.Tags, "Timeout", since, 1, since), CancellationToken.None);
        other = await WebFixture.GetPageAsync(_as.Alessandria, "/coordinator/stalled");
        using var forged = await WebFixture.PostFormAsync(_as.Alessandria, $"/coordinator/stalled?handler=Retry&id={id.Value}", other, []);
        var told = await WebFixture.GetPageAsync(_as.Alessandria, "/coordinator/stalled");
        Assert.Contains("non è più bloccata", told.QuerySelector("[role='status']")!.TextContent, StringComparison.Ordinal);
    }
}
