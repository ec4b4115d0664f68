using System.Net;
using AngleSharp.Html.Dom;

namespace Workflows.Host.Tests.Web;

/// <summary>What a browser does with a link page: open it (whatever the status) and submit its form.</summary>
internal static class LinksBrowser
{
    public static async Task<(HttpStatusCode Status, IHtmlDocument Page)> OpenAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);
        return (response.StatusCode, await WebFixture.ParseAsync(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Opens the page (expecting 200) and posts its form with <paramref name="fields"/>.</summary>
    public static async Task<(HttpStatusCode Status, string? Location, IHtmlDocument Page)> ActAsync(
        HttpClient client, string url, Dictionary<string, string>? fields = null)
    {
        var (status, page) = await OpenAsync(client, url);
        Assert.True(status == HttpStatusCode.OK, $"GET {url} answered {(int)status}: {page.QuerySelector("h1")?.TextContent}");
        return await SubmitAsync(client, url, page, fields ?? []);
    }

    public static async Task<(HttpStatusCode Status, string? Location, IHtmlDocument Page)> SubmitAsync(
        HttpClient client, string url, IHtmlDocument page, Dictionary<string, string> fields, bool withToken = true)
    {
        using var response = await WebFixture.PostFormAsync(client, url, page, fields, withToken);
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Headers.Location?.OriginalString, await WebFixture.ParseAsync(html));
    }

    /// <summary>Acts and follows the redirect to the result page, which must say it was done.</summary>
    public static async Task<IHtmlDocument> ActAndConfirmAsync(HttpClient client, string url, Dictionary<string, string>? fields = null)
    {
        var (status, location, page) = await ActAsync(client, url, fields);
        Assert.True(status == HttpStatusCode.Redirect, $"POST {url} answered {(int)status}: {page.QuerySelector("h1")?.TextContent} {page.QuerySelector(".alert")?.TextContent}");
        Assert.Equal(url + "/done", location);
        var (doneStatus, done) = await OpenAsync(client, location!);
        Assert.Equal(HttpStatusCode.OK, doneStatus);
        Assert.Equal("Fatto", done.QuerySelector("h1")?.TextContent.Replace("Done", "Fatto", StringComparison.Ordinal));
        return done;
    }

    public static string Heading(IHtmlDocument page) => page.QuerySelector("main h1")?.TextContent.Trim() ?? "";

    public static string MainText(IHtmlDocument page) => page.QuerySelector("main")?.TextContent ?? "";
}
