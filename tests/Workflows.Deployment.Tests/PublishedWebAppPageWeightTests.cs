using Xunit.Abstractions;
using static Workflows.Tests.Shared.PageWeight;

namespace Workflows.Deployment.Tests;

/// <summary>
/// The first-load budget in the published web app, over the wire (Kestrel on loopback, gzip as a browser asks for it):
/// home, intake, the coordinator's list and the overview each within 200 KB, every fingerprinted asset really
/// compressed and cached as immutable. The same measure as the host's and the run command's tests.
/// </summary>
[Collection(PublishedCollection.Name)]
public sealed class PublishedWebAppPageWeightTests(PublishedPackage package, ITestOutputHelper output) : IAsyncLifetime
{
    private PublishedWebApp? _app;

    private PublishedWebApp App => _app ?? throw new InvalidOperationException("The web app did not start.");

    public async Task InitializeAsync()
    {
        Assert.True(package.Result.ExitCode == 0, package.Result.ToString());
        _app = await PublishedWebApp.StartAsync(package.WebApp);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Given_the_published_web_app_then_home_intake_list_and_overview_each_load_within_200_KB_over_the_wire()
    {
        var desk = await App.SignedInClientAsync(PublishedWebApp.DeskEmail);
        var coordinator = await App.SignedInClientAsync(PublishedWebApp.CoordinatorEmail);

        var weights = new Dictionary<string, long>
        {
            ["/"] = await FirstLoadBytesAsync(App.NewClient(), "/"),
            ["/desk/new"] = await FirstLoadBytesAsync(desk, "/desk/new"),
            ["/coordinator"] = await FirstLoadBytesAsync(coordinator, "/coordinator"),
            ["/coordinator/overview"] = await FirstLoadBytesAsync(coordinator, "/coordinator/overview"),
        };

        foreach (var (url, bytes) in weights)
        {
            output.WriteLine($"{url}: {bytes / 1024.0:F1} KB first load");
            Assert.True(bytes is > 0 and <= Budget, $"{url}: {bytes} bytes first load (budget {Budget}); all: {string.Join(", ", weights.Select(w => $"{w.Key} {w.Value}"))}");
        }
    }

    [Fact]
    public async Task Given_the_published_web_app_then_each_asset_is_fingerprinted_really_compressed_and_cached_as_immutable()
    {
        await AssertAssetsCompressedAndImmutableAsync(App.NewClient(), "/");
        await AssertAssetsCompressedAndImmutableAsync(await App.SignedInClientAsync(PublishedWebApp.CoordinatorEmail), "/coordinator/overview");
    }
}
