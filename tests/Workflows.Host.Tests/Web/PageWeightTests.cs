using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace Workflows.Host.Tests.Web;

/// <summary>
/// The first-load budget for a slow mountain connection: a page with everything it loads (styles, scripts,
/// fonts) must stay within 200 KB as transferred with gzip (what a browser gets over plain HTTP; HTTPS with
/// Brotli is smaller still).
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class PageWeightTests(WebFixture web)
{
    internal const int Budget = 200 * 1024;

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
    public async Task Given_the_assets_then_they_are_fingerprinted_compressed_and_cached_for_a_year()
    {
        var client = web.NewClient();
        var page = await PageAsync(client, "/");

        foreach (var url in AssetUrlsOf(page.Document))
        {
            using var response = await GetCompressedAsync(client, url);

            Assert.True(response.IsSuccessStatusCode, url);
            Assert.Matches(@"\.[a-z0-9]{8,}\.(css|js|woff2)$", url);
            Assert.Contains("max-age=31536000", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            if (!url.EndsWith(".woff2", StringComparison.Ordinal))
            {
                Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
            }
        }
    }

    [Fact]
    public async Task Given_a_page_then_the_HTML_itself_is_compressed()
    {
        using var response = await GetCompressedAsync(web.NewClient(), "/");

        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
    }

    internal static async Task<long> FirstLoadBytesAsync(HttpClient client, string url)
    {
        var (document, htmlBytes) = await PageAsync(client, url);
        long total = htmlBytes;
        foreach (var asset in AssetUrlsOf(document))
        {
            using var response = await GetCompressedAsync(client, asset);
            Assert.True(response.IsSuccessStatusCode, asset);
            total += (await response.Content.ReadAsByteArrayAsync()).Length;
        }

        return total;
    }

    internal static async Task<(IHtmlDocument Document, long Bytes)> PageAsync(HttpClient client, string url)
    {
        using var response = await GetCompressedAsync(client, url);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        await using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(compressed), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return (await WebFixture.ParseAsync(await reader.ReadToEndAsync()), compressed.Length);
    }

    /// <summary>Stylesheets, scripts, preloads and the fonts declared in inline @font-face rules (each once).</summary>
    internal static List<string> AssetUrlsOf(IHtmlDocument document)
    {
        var urls = document.QuerySelectorAll("link[rel=stylesheet], link[rel=preload]").Select(l => l.GetAttribute("href"))
            .Concat(document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")))
            .Concat(document.QuerySelectorAll("style").SelectMany(s => FontUrl().Matches(s.TextContent).Select(m => m.Groups[1].Value)))
            .OfType<string>();
        return [.. urls.Distinct(StringComparer.Ordinal)];
    }

    internal static async Task<HttpResponseMessage> GetCompressedAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html,*/*");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        return await client.SendAsync(request);
    }

    [GeneratedRegex("url\\(\"?([^\")]+)\"?\\)")]
    private static partial Regex FontUrl();
}
