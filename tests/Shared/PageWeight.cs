using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace Workflows.Tests.Shared;

/// <summary>
/// Measures a page's first load as a browser gets it over plain HTTP with gzip: the compressed HTML plus every
/// stylesheet, script, preload and font it declares, each counted once as transferred. One measure for the test host,
/// the run command and the published app (linked into each test project).
/// </summary>
internal static partial class PageWeight
{
    /// <summary>The first-load budget: 200 KB.</summary>
    internal const int Budget = 200 * 1024;

    /// <summary>The bytes transferred for <paramref name="url"/> and its assets.</summary>
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

    /// <summary>The page, parsed, and its compressed size (the HTML must come gzip-compressed).</summary>
    internal static async Task<(IHtmlDocument Document, long Bytes)> PageAsync(HttpClient client, string url)
    {
        using var response = await GetCompressedAsync(client, url);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode}");
        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        await using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return (await new HtmlParser().ParseDocumentAsync(await reader.ReadToEndAsync()), compressed.Length);
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

    /// <summary>A GET that accepts gzip and leaves the body compressed (the client must not decompress).</summary>
    internal static async Task<HttpResponseMessage> GetCompressedAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html,*/*");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        return await client.SendAsync(request);
    }

    /// <summary>
    /// Checks every asset of <paramref name="url"/>: fingerprinted, cached for a year as immutable, and (fonts aside)
    /// gzip-compressed for real (well under the plain size, not a gzip stream the size of the file).
    /// </summary>
    internal static async Task AssertAssetsCompressedAndImmutableAsync(HttpClient client, string url)
    {
        var (document, _) = await PageAsync(client, url);
        var assets = AssetUrlsOf(document);
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            using var response = await GetCompressedAsync(client, asset);
            Assert.True(response.IsSuccessStatusCode, asset);
            Assert.Matches(@"\.[a-z0-9]{8,}\.(css|js|woff2)$", asset);
            Assert.Contains("max-age=31536000", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
            if (asset.EndsWith(".woff2", StringComparison.Ordinal))
            {
                continue;
            }

            var compressed = (await response.Content.ReadAsByteArrayAsync()).Length;
            using var plain = await client.GetAsync(asset);
            var original = (await plain.Content.ReadAsByteArrayAsync()).Length;
            Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
            Assert.True(compressed < original * 0.6, $"{asset}: {compressed} bytes gzip for {original} plain");
        }
    }

    [GeneratedRegex("url\\(\"?([^\")]+)\"?\\)")]
    private static partial Regex FontUrl();
}
