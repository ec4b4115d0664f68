using System.Net;
using Workflows.Desk.Model;
using Workflows.Host.Tests.Web;

namespace Workflows.Host.Tests.Public;

[Collection(PublicPagesCollection.Name)]
public sealed class PartnerDirectoryTests(PublicPagesFixture web)
{
    private static readonly NetworkDirectory Directory = DemoDirectory.Create();

    private static IReadOnlyList<string> Ids(AngleSharp.Html.Dom.IHtmlDocument page, string prefix) =>
        [.. page.QuerySelectorAll($"li[id^='{prefix}-']").Select(li => li.Id![(prefix.Length + 1)..]).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task Given_a_visitor_when_opening_the_directory_then_every_partner_and_desk_is_listed_in_Italian_without_signing_in()
    {
        var page = await WebFixture.GetPageAsync(web.NewClient(), "/public/partners");

        Assert.Equal("it", page.DocumentElement.GetAttribute("lang"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal(Directory.Partners.Select(p => p.Id).Order(StringComparer.Ordinal), Ids(page, "partner"));
        Assert.Equal(Directory.Desks.Select(d => d.Id).Order(StringComparer.Ordinal), Ids(page, "desk"));
        var novain = page.QuerySelector("#partner-novain")!.TextContent;
        Assert.Contains("Innovazione e brevetti", novain, StringComparison.Ordinal);
        Assert.Contains("tutta la Città Metropolitana di Torino", novain, StringComparison.Ordinal);
        Assert.Contains("richieste@novain.example", novain, StringComparison.Ordinal);
        Assert.Contains("martedì 09:00–12:00", page.QuerySelector("#desk-burolo")!.TextContent + page.QuerySelector("#desk-quagliuzzo")!.TextContent, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("main select"), s => Assert.NotNull(page.QuerySelector($"label[for='{s.Id}']")));
    }

    [Fact]
    public async Task Given_the_Alessandria_province_and_youth_when_filtering_then_only_the_partners_serving_them_and_the_desks_there_show()
    {
        var page = await WebFixture.GetPageAsync(web.NewClient(), "/public/partners?provincia=AL&tema=YouthTrainingWork");

        Assert.Equal(["cpi-alessandria", "informagiovani-al", "informagiovani-orba"], Ids(page, "partner"));
        Assert.Equal(["alessandria", "castelletto-dorba", "gavi", "rocca-grimalda"], Ids(page, "desk"));
        Assert.Equal("AL", page.QuerySelector("#f-provincia option[selected]")?.GetAttribute("value"));
        Assert.Equal("YouthTrainingWork", page.QuerySelector("#f-tema option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Given_a_comune_when_filtering_then_partners_serving_it_by_name_or_by_province_show_and_its_desk()
    {
        var page = await WebFixture.GetPageAsync(web.NewClient(), "/public/partners?comune=006147");

        var partners = Ids(page, "partner");
        Assert.Contains("informagiovani-orba", partners); // by comune
        Assert.Contains("mip-alessandria", partners); // by province
        Assert.DoesNotContain("informagiovani-al", partners); // serves the city of Alessandria only
        Assert.DoesNotContain("novain", partners);
        Assert.Equal(["rocca-grimalda"], Ids(page, "desk"));
    }

    [Fact]
    public async Task Given_a_topic_no_partner_serves_in_the_area_then_the_page_says_the_coordinators_will_choose()
    {
        var page = await WebFixture.GetPageAsync(web.NewClient(), "/public/partners?provincia=AL&tema=CommunityCooperative");

        Assert.Empty(Ids(page, "partner"));
        Assert.Contains("il coordinamento della rete sceglie il partner", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/public/partners?provincia=RM")]
    [InlineData("/public/partners?comune=058091")]
    [InlineData("/public/partners?tema=Astrology")]
    [InlineData("/public/partners?tema=3")]
    public async Task Given_an_unknown_filter_value_then_a_readable_400_page_answers(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await web.NewClient().SendAsync(request);
        var page = await WebFixture.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Richiesta non valida", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task Given_the_directory_in_English_then_topics_and_areas_are_English()
    {
        var page = await WebFixture.GetPageAsync(web.NewClient(), "/public/partners?culture=en&comune=001042");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("the whole Metropolitan City of Turin", page.QuerySelector("#partner-novain")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Innovation and patents", page.QuerySelector("#partner-novain")!.TextContent, StringComparison.Ordinal);
    }
}
