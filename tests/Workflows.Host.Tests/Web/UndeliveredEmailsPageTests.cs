using System.Net;
using Workflows.Steps;

namespace Workflows.Host.Tests.Web;

/// <summary>
/// The coordinator's "E-mail non consegnate" page: the e-mails the provider refused for good in their networks, with
/// the request's code, and a button that sends one again once the cause is fixed.
/// </summary>
public sealed class UndeliveredEmailsPageTests(HostFixture host) : IClassFixture<HostFixture>, IDisposable
{
    private readonly CoordinatorClients _as = new(host);

    public void Dispose() => _as.Dispose();

    [Fact]
    public async Task Given_an_email_refused_for_good_then_its_networks_coordinator_sees_it_and_sends_it_again_and_another_network_does_not_see_it()
    {
        var partner = "partner-" + Guid.NewGuid().ToString("N")[..8];
        host.Dispatcher.Fail = item => item.Email.Model.GetRawText().Contains(partner, StringComparison.Ordinal)
            ? new OutboxDispatchException("550 casella inesistente", isTransient: false)
            : null;
        var id = await host.StartRequestAsync(_as.Admin, partner, comune: "001032");
        await host.DeliverWorkAsync();
        Assert.Empty(host.Dispatcher.For(id));

        var page = await WebFixture.GetPageAsync(_as.Torino, "/coordinator/emails");
        var row = page.QuerySelectorAll("tbody tr").SingleOrDefault(r => r.QuerySelector($"a[href='/coordinator/instances/{id.Value}']") is not null);
        Assert.NotNull(row);
        Assert.Contains("550 casella inesistente", row.TextContent, StringComparison.Ordinal);
        var other = await WebFixture.GetPageAsync(_as.Alessandria, "/coordinator/emails");
        Assert.Null(other.QuerySelector($"a[href='/coordinator/instances/{id.Value}']"));

        host.Dispatcher.Fail = null;
        var form = row.QuerySelector("form")!;
        using var retried = await WebFixture.PostFormAsync(_as.Torino, form.GetAttribute("action")!, page, []);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        for (var i = 0; i < 400 && host.Dispatcher.For(id).Count == 0; i++)
        {
            await Task.Delay(50);
        }

        Assert.Single(host.Dispatcher.For(id));

        // The send record is marked (and the e-mail leaves the list) just after the hand-over to the provider.
        var listed = true;
        for (var i = 0; i < 100 && listed; i++)
        {
            var after = await WebFixture.GetPageAsync(_as.Torino, "/coordinator/emails");
            listed = after.QuerySelector($"a[href='/coordinator/instances/{id.Value}']") is not null;
            await Task.Delay(listed ? 100 : 0);
        }

        Assert.False(listed, "the e-mail sent again is still listed as not delivered");
    }

    [Fact]
    public async Task Given_an_email_of_another_network_when_a_coordinator_posts_its_retry_then_nothing_is_sent()
    {
        var partner = "partner-" + Guid.NewGuid().ToString("N")[..8];
        host.Dispatcher.Fail = item => item.Email.Model.GetRawText().Contains(partner, StringComparison.Ordinal)
            ? new OutboxDispatchException("550 casella inesistente", isTransient: false)
            : null;
        var id = await host.StartRequestAsync(_as.Admin, partner, comune: "001032");
        var own = await host.StartRequestAsync(_as.Admin, partner, comune: "006003"); // one of Alessandria's own, so its page has forms
        await host.DeliverWorkAsync();
        var failed = Assert.Single(await host.Queries.GetFailedEmailsAsync(CancellationToken.None), f => f.InstanceId == id.Value);
        host.Dispatcher.Fail = null;

        var page = await WebFixture.GetPageAsync(_as.Alessandria, "/coordinator/emails");
        using var retried = await WebFixture.PostFormAsync(_as.Alessandria, $"/coordinator/emails?handler=Retry&id={failed.Id}", page, []);
        await Task.Delay(2000);

        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Empty(host.Dispatcher.For(id));
        Assert.Contains(await host.Queries.GetFailedEmailsAsync(CancellationToken.None), f => f.Id == failed.Id);
        Assert.Empty(host.Dispatcher.For(own));
    }
}
