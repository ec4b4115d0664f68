using static Workflows.Tests.Shared.PageWeight;

namespace Workflows.Host.Tests.Web;

/// <summary>
/// The first-load budget for a slow mountain connection: a page with everything it loads (styles, scripts,
/// fonts) must stay within 200 KB as transferred with gzip (what a browser gets over plain HTTP; HTTPS with
/// Brotli is smaller still).
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PageWeightTests(WebFixture web)
{
    [Fact]
    public async Task Given_the_home_page_then_its_first_load_is_within_200_KB_gzip() =>
        Assert.InRange(await FirstLoadBytesAsync(web.NewClient(), "/"), 1, Budget);

    [Fact]
    public async Task Given_the_intake_form_then_its_first_load_is_within_200_KB_gzip()
    {
        var client = await web.SignedInClientAsync(WebFixture.DeskEmail);

        Assert.InRange(await FirstLoadBytesAsync(client, "/desk/new"), 1, Budget);
    }

    [Fact]
    public async Task Given_the_dashboard_pages_then_each_first_load_is_within_200_KB_gzip()
    {
        var client = await web.SignedInClientAsync(WebFixture.CoordinatorEmail);

        Assert.InRange(await FirstLoadBytesAsync(client, "/coordinator"), 1, Budget);
        Assert.InRange(await FirstLoadBytesAsync(client, "/coordinator/overview"), 1, Budget);
    }

    [Fact]
    public async Task Given_a_page_then_it_loads_no_bundle_script_no_icon_sprite_and_at_most_three_fonts()
    {
        var page = await PageAsync(web.NewClient(), "/");
        var urls = AssetUrlsOf(page.Document);

        Assert.DoesNotContain(urls, u => u.Contains("bundle", StringComparison.Ordinal) || u.Contains("sprite", StringComparison.Ordinal));
        Assert.InRange(urls.Count(u => u.EndsWith(".woff2", StringComparison.Ordinal)), 1, 3);
        Assert.Contains(urls, u => u.Contains("bootstrap-italia.min", StringComparison.Ordinal) && u.EndsWith(".js", StringComparison.Ordinal));
        Assert.DoesNotContain(urls, u => u.Contains("chart", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_the_assets_then_they_are_fingerprinted_compressed_and_cached_for_a_year() =>
        await AssertAssetsCompressedAndImmutableAsync(web.NewClient(), "/");

    [Fact]
    public async Task Given_a_page_then_the_HTML_itself_is_compressed()
    {
        using var response = await GetCompressedAsync(web.NewClient(), "/");

        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
    }
}
