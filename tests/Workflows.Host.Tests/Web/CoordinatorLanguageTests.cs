using Workflows.Desk.Model;

namespace Workflows.Host.Tests.Web;

/// <summary>The coordinator's list speaks the clerk's language and finds a request by the code people use.</summary>
[Collection(LinksCollection.Name)]
public sealed class CoordinatorLanguageTests(LinksFixture fx)
{
    [Fact]
    public async Task Given_a_desk_request_when_the_coordinator_searches_its_code_then_the_row_shows_code_partner_comune_and_topic_by_name()
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent);
        var coordinator = await fx.SignedInClientAsync(WebFixture.CoordinatorEmail);

        var page = await WebFixture.GetPageAsync(coordinator, "/coordinator?code=" + code.ToLowerInvariant());

        var row = Assert.Single(page.QuerySelectorAll("main table tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(code, row.QuerySelector("th a")!.TextContent.Trim());
        Assert.Equal($"/coordinator/instances/{id}", row.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Contains("Novain S.r.l. (Leinì)", cells);
        Assert.Contains("Burolo (TO)", cells);
        Assert.Contains("Innovazione e brevetti", cells);
        Assert.DoesNotContain("InnovationPatent", row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("001042", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(code.ToLowerInvariant(), page.QuerySelector("#f-code")?.GetAttribute("value"));
        Assert.Contains(page.QuerySelectorAll("#f-partner option"), o => o.TextContent == "Novain S.r.l. (Leinì)" && o.GetAttribute("value") == "novain");
    }
}
