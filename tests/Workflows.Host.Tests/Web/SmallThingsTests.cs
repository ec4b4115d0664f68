using System.Net;
using System.Text.RegularExpressions;

namespace Workflows.Host.Tests.Web;

/// <summary>The small things a first look noticed (issue 11, item 11).</summary>
[Collection(WebCollection.Name)]
public sealed partial class SmallThingsTests(WebFixture web)
{
    [Fact]
    public async Task Given_a_browser_asking_for_the_favicon_then_it_gets_an_icon_not_a_404()
    {
        using var response = await web.NewClient().GetAsync("/favicon.ico");
        var page = await WebFixture.GetPageAsync(web.NewClient(), "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/x-icon", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0, 0, 1, 0], (await response.Content.ReadAsByteArrayAsync())[..4]);
        Assert.NotNull(page.QuerySelector("link[rel=icon][href*='favicon']"));
    }

    [Fact]
    public async Task Given_the_check_your_mailbox_page_then_its_heading_appears_once()
    {
        var page = await WebFixture.GetPageAsync(web.NewClient(), "/sign-in/sent");
        var heading = page.QuerySelector("main h1")!.TextContent.Trim();

        Assert.Single(Regex.Matches(page.QuerySelector("main")!.TextContent, Regex.Escape(heading)));
    }

    [Fact]
    public async Task Given_the_intake_form_then_its_headings_go_down_one_level_at_a_time()
    {
        var desk = await web.SignedInClientAsync(WebFixture.DeskEmail);

        var form = await WebFixture.GetPageAsync(desk, "/desk/new");

        var levels = form.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6").Select(h => h.LocalName[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        Assert.All(levels.Zip(levels.Skip(1)), pair => Assert.True(pair.Second <= pair.First + 1, $"h{pair.First} then h{pair.Second}"));
    }

    [Fact]
    public async Task Given_the_coordinator_list_then_each_link_s_accessible_name_contains_its_visible_text()
    {
        await web.StartRequestAsync("novain", "001042", "brevetti");
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);

        var page = await WebFixture.GetPageAsync(client, "/coordinator");

        var labelled = page.QuerySelectorAll("main a[aria-label]").ToList();
        Assert.NotEmpty(labelled);
        Assert.All(labelled, a => Assert.Matches($"\\b{Regex.Escape(a.TextContent.Trim())}\\b", a.GetAttribute("aria-label")!));
    }

    [Fact]
    public async Task Given_coordinator_pages_then_they_name_the_network_they_show()
    {
        var all = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);
        var network = await web.SignedInClientAsync(WebFixture.NetworkCoordinatorEmail);

        var list = await WebFixture.GetPageAsync(all, "/coordinator");
        var overview = await WebFixture.GetPageAsync(network, "/coordinator/overview");
        var networkList = await WebFixture.GetPageAsync(network, "/coordinator");

        Assert.Equal("Tutte le reti del servizio", list.QuerySelector("#coordinator-network")?.TextContent.Trim());
        Assert.Equal($"Rete: {WebFixture.Network}", overview.QuerySelector("#coordinator-network")?.TextContent.Trim());
        Assert.Equal($"Rete: {WebFixture.Network}", networkList.QuerySelector("#coordinator-network")?.TextContent.Trim());
    }

    [Fact]
    public void Given_the_reschedule_hint_then_it_names_no_fixed_date_that_could_lie_in_the_past()
    {
        var spec = Workflows.Host.Web.Links.LinkActions.Find(Workflows.Desk.Requests.DeskRequestWorkflow.WorkflowName, Workflows.Desk.Requests.DeskRequestActions.Reschedule)!;

        Assert.DoesNotMatch("(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)", Texts(spec));
    }

    private static string Texts(Workflows.Host.Web.Links.LinkActionSpec spec) => Workflows.Host.Web.Shared.Texts.LinkNoteHint(spec);
}
