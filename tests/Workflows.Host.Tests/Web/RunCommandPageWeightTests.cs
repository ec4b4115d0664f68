using static Workflows.Tests.Shared.PageWeight;

namespace Workflows.Host.Tests.Web;

/// <summary>
/// The first-load budget in the run command too (Development, build output): the assets arrive gzip-compressed for
/// real (not a gzip stream the size of the file) and cached as immutable, so home, intake, the coordinator's list
/// and the overview each stay within 200 KB transferred.
/// </summary>
[Collection(RunCommandCollection.Name)]
public sealed class RunCommandPageWeightTests(RunCommandFixture web)
{
    [Fact]
    public async Task Given_the_run_command_then_home_intake_list_and_overview_each_load_within_200_KB_gzip()
    {
        var desk = await web.SignedInClientAsync(WebFixture.DeskEmail);
        var coordinator = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);

        Assert.InRange(await FirstLoadBytesAsync(web.NewClient(), "/"), 1, Budget);
        Assert.InRange(await FirstLoadBytesAsync(desk, "/desk/new"), 1, Budget);
        Assert.InRange(await FirstLoadBytesAsync(coordinator, "/coordinator"), 1, Budget);
        Assert.InRange(await FirstLoadBytesAsync(coordinator, "/coordinator/overview"), 1, Budget);
    }

    [Fact]
    public async Task Given_the_run_command_then_each_asset_is_really_compressed_and_cached_as_immutable() =>
        await AssertAssetsCompressedAndImmutableAsync(web.NewClient(), "/");
}
