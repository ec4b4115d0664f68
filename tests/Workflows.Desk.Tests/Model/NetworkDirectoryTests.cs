using Workflows.Desk.Model;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Model;

public sealed class NetworkDirectoryTests
{
    [Fact]
    public void Given_an_intake_when_preparing_the_request_then_the_input_carries_the_facts_of_desk_comune_network_and_partners()
    {
        var input = Catalogue.PrepareRequest(Intake(comune: TorinoIstat), "TO-2026-0001");

        Assert.Equal("burolo", input.Desk.Id);
        Assert.Equal("Torino", input.Comune.Name);
        Assert.Equal(new Workflows.Desk.Calendar.MonthDay(6, 24), input.Comune.PatronDay);
        Assert.Equal(DemoDirectory.PiccoliComuniNetwork, input.Network.Id);
        Assert.Equal(["api-torino", "confcooperative", "novain"], input.Partners.Select(p => p.Id));
        Assert.Equal("TO-2026-0001", input.RequestCode);
    }

    [Fact]
    public void Given_an_unknown_desk_or_comune_when_preparing_then_it_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Catalogue.PrepareRequest(Intake(desk: "nowhere"), "X"));
        Assert.Throws<ArgumentException>(() => Catalogue.PrepareRequest(Intake(comune: "999999"), "X"));
    }

    [Fact]
    public void Given_the_demo_directory_then_every_reference_resolves()
    {
        foreach (var desk in Catalogue.Desks)
        {
            Assert.NotNull(Catalogue.FindComune(desk.ComuneIstat));
            Assert.NotNull(Catalogue.FindNetwork(desk.NetworkId));
            Assert.NotEmpty(desk.OfficeHours);
        }

        foreach (var partner in Catalogue.Partners)
        {
            Assert.All(partner.NetworkIds, n => Assert.NotNull(Catalogue.FindNetwork(n)));
            Assert.All(partner.Comuni, c => Assert.NotNull(Catalogue.FindComune(c)));
            Assert.NotEmpty(partner.ReviewerEmails);
        }

        var pilots = Catalogue.DesksOf(DemoDirectory.PiccoliComuniNetwork).Select(d => Catalogue.FindComune(d.ComuneIstat)!.Name).Order();
        Assert.Equal(["Borgofranco d'Ivrea", "Burolo", "Montalenghe", "Perosa Canavese", "Quagliuzzo"], pilots);
        Assert.All(Catalogue.Comuni, c => Assert.Matches("^[0-9]{6}$", c.Istat));
    }

    [Theory]
    [InlineData(Category.InnovationPatent, "it", "Innovazione e brevetti")]
    [InlineData(Category.InnovationPatent, "en-GB", "Innovation and patents")]
    [InlineData(Category.CommunityCooperative, "it", "Cooperative di comunità")]
    [InlineData(Category.CreditAndCalls, "en", "Credit and public calls")]
    [InlineData(Category.Other, "fr", "Altro")]
    public void Given_a_category_then_its_label_is_in_the_culture_asked(Category category, string culture, string label) =>
        Assert.Equal(label, CategoryLabels.Label(category, culture));

    [Fact]
    public void Given_every_category_then_both_labels_exist_and_differ_between_categories()
    {
        var categories = Enum.GetValues<Category>();
        Assert.Equal(categories.Length, categories.Select(CategoryLabels.Italian).Distinct().Count());
        Assert.Equal(categories.Length, categories.Select(CategoryLabels.English).Distinct().Count());
    }

    [Fact]
    public void Given_a_province_year_and_sequence_then_the_request_code_is_padded() =>
        Assert.Equal("TO-2026-0042", Workflows.Desk.Requests.RequestCodes.Format("to", 2026, 42));
}
