using Workflows.Desk.Model;
using Workflows.Desk.Routing;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Routing;

public sealed class PartnerRoutingTests
{
    [Fact]
    public void Given_a_comune_match_and_a_province_match_then_the_comune_match_wins()
    {
        var province = Partner("aaa-province", provinces: ["TO"]);
        var comune = Partner("zzz-comune", comuni: [BuroloIstat], provinces: []);

        var routed = PartnerRouting.Route(Category.InnovationPatent, BuroloIstat, "TO", [province, comune]);

        Assert.Equal("zzz-comune", routed?.Id);
    }

    [Fact]
    public void Given_two_equal_matches_then_the_tie_is_broken_by_id_whatever_the_order()
    {
        var b = Partner("beta");
        var a = Partner("alfa");

        Assert.Equal("alfa", PartnerRouting.Route(Category.InnovationPatent, BuroloIstat, "TO", [b, a])?.Id);
        Assert.Equal("alfa", PartnerRouting.Route(Category.InnovationPatent, BuroloIstat, "TO", [a, b])?.Id);
    }

    [Fact]
    public void Given_no_partner_serves_the_topic_then_there_is_no_match()
    {
        var partner = Partner("p", topics: [Category.CreditAndCalls]);

        Assert.Null(PartnerRouting.Route(Category.YouthTrainingWork, BuroloIstat, "TO", [partner]));
    }

    [Fact]
    public void Given_no_partner_serves_the_territory_then_there_is_no_match()
    {
        var partner = Partner("p", comuni: ["006003"], provinces: ["AL"]);

        Assert.Null(PartnerRouting.Route(Category.InnovationPatent, BuroloIstat, "TO", [partner]));
    }

    [Fact]
    public void Given_partners_already_tried_then_they_are_excluded_and_the_next_best_is_chosen()
    {
        var comune = Partner("comune", comuni: [BuroloIstat], provinces: []);
        var province = Partner("province");

        Assert.Equal("province", PartnerRouting.Route(Category.InnovationPatent, BuroloIstat, "TO", [comune, province], ["comune"])?.Id);
        Assert.Null(PartnerRouting.Route(Category.InnovationPatent, BuroloIstat, "TO", [comune, province], ["comune", "province"]));
    }

    [Fact]
    public void Given_a_partner_without_reviewers_then_it_is_never_routed_to()
    {
        var silent = Partner("silent") with { ReviewerEmails = [" "] };

        Assert.Null(PartnerRouting.Route(Category.InnovationPatent, BuroloIstat, "TO", [silent]));
    }

    [Fact]
    public void Given_the_demo_network_then_topics_reach_the_partners_of_the_seeds()
    {
        var partners = Catalogue.PartnersOf(DemoDirectory.PiccoliComuniNetwork);

        Assert.Equal("novain", PartnerRouting.Route(Category.InnovationPatent, BuroloIstat, "TO", partners)?.Id);
        Assert.Equal("api-torino", PartnerRouting.Route(Category.CreditAndCalls, BuroloIstat, "TO", partners)?.Id);
        Assert.Equal("confcooperative", PartnerRouting.Route(Category.CommunityCooperative, BuroloIstat, "TO", partners)?.Id);
        Assert.Null(PartnerRouting.Route(Category.YouthTrainingWork, BuroloIstat, "TO", partners));
        var alessandria = Catalogue.PartnersOf(DemoDirectory.AlessandriaNetwork);
        Assert.Equal("informagiovani-al", PartnerRouting.Route(Category.YouthTrainingWork, "006003", "AL", alessandria)?.Id);
        Assert.Equal("cpi-alessandria", PartnerRouting.Route(Category.YouthTrainingWork, "006121", "AL", alessandria)?.Id);
    }

    [Fact]
    public void Given_candidates_then_they_are_listed_best_first_with_their_match()
    {
        var candidates = PartnerRouting.Candidates(
            Category.InnovationPatent, BuroloIstat, "TO", [Partner("b"), Partner("c", comuni: [BuroloIstat]), Partner("a")]);

        Assert.Equal(["c", "a", "b"], candidates.Select(c => c.Partner.Id));
        Assert.Equal([TerritoryMatch.Comune, TerritoryMatch.Province, TerritoryMatch.Province], candidates.Select(c => c.Match));
    }
}
