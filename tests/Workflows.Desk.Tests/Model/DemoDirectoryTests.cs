using Workflows.Desk.Model;
using Workflows.Desk.Routing;

namespace Workflows.Desk.Tests.Model;

public sealed class DemoDirectoryTests
{
    private static readonly NetworkDirectory Directory = DemoDirectory.Create();

    [Fact]
    public void Given_the_demo_directory_then_about_a_dozen_desks_open_in_both_provinces_with_office_hours()
    {
        Assert.InRange(Directory.Desks.Count, 12, 16);
        Assert.Equal(Directory.Desks.Count, Directory.Desks.Select(d => d.Id).Distinct().Count());
        var provinces = Directory.Desks.Select(d => Directory.FindComune(d.ComuneIstat)!.Province).Distinct().Order();
        Assert.Equal(["AL", "TO"], provinces);
        Assert.All(Directory.Desks, d => Assert.NotEmpty(d.OfficeHours));
        Assert.All(Directory.Networks, n => Assert.NotEmpty(Directory.DesksOf(n.Id)));
    }

    [Theory]
    [InlineData(DemoDirectory.PiccoliComuniNetwork, Category.InnovationPatent, "001042", "novain")]
    [InlineData(DemoDirectory.AnciApiNetwork, Category.CreditAndCalls, "001134", "api-torino")]
    [InlineData(DemoDirectory.AnciApiNetwork, Category.YouthTrainingWork, "001201", "cpi-ivrea")]
    [InlineData(DemoDirectory.I4tNetwork, Category.CommunityCooperative, "001003", "confcooperative-i4t")]
    [InlineData(DemoDirectory.AlessandriaNetwork, Category.CreditAndCalls, "006081", "mip-alessandria")]
    [InlineData(DemoDirectory.AlessandriaNetwork, Category.YouthTrainingWork, "006147", "informagiovani-orba")]
    [InlineData(DemoDirectory.AlessandriaNetwork, Category.InnovationPatent, "006003", "upo-innovazione")]
    public void Given_a_topic_in_a_territory_then_the_seeds_partner_takes_it(string network, Category category, string istat, string partner)
    {
        var comune = Directory.FindComune(istat)!;

        Assert.Equal(partner, PartnerRouting.Route(category, istat, comune.Province, Directory.PartnersOf(network))?.Id);
    }

    [Fact]
    public void Given_the_partners_then_every_one_serves_a_known_territory_and_the_innovation_partner_is_in_Leini()
    {
        Assert.All(Directory.Partners, p =>
        {
            Assert.NotEmpty(p.Topics);
            Assert.True(p.Comuni.Count + p.Provinces.Count > 0, p.Id);
            Assert.All(p.Comuni, c => Assert.NotNull(Directory.FindComune(c)));
        });
        Assert.Contains("Leinì", Directory.FindPartner("novain")!.Name, StringComparison.Ordinal);
    }
}
