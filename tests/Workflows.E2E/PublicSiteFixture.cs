using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Host.Demo;

namespace Workflows.E2E;

/// <summary>The service filled by the demo seed, for the public pages.</summary>
public sealed class PublicSiteFixture : KestrelSite
{
    public const int DemoRequests = 40;

    protected override Dictionary<string, string?> Settings()
    {
        var settings = base.Settings();
        settings["TaskHub:AllowClockTravel"] = "true"; // the seed writes its requests' past by moving their clocks
        settings["Demo:Requests"] = DemoRequests.ToString(CultureInfo.InvariantCulture);
        return settings;
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var seeding = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        var report = await Services.GetRequiredService<DemoSeeder>().SeedAsync(seeding.Token);
        Assert.True(report.Created + report.Existing == DemoRequests, $"The demo seed made only {report.Created} of {DemoRequests} requests ({report.Failed} failed).");
    }
}

/// <summary>The browser tests of the public pages share one host and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class PublicSiteCollection : ICollectionFixture<PublicSiteFixture>
{
    public const string Name = "public-site";
}
