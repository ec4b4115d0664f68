using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Workflows.Host.Tests.Web;

/// <summary>
/// In Production: HSTS over HTTPS, also when a trusted front end terminated TLS and said so in X-Forwarded-Proto
/// (never when an untrusted caller claims it); X-Frame-Options DENY on every page, form pages included; every
/// cookie Secure under HTTPS, the anti-forgery cookie included.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SecurityHeadersTests(WebFixture web)
{
    private HttpClient Client(string scheme) =>
        web.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"{scheme}://sportelli.example/"), AllowAutoRedirect = false, HandleCookies = false });

    [Fact]
    public async Task Given_https_when_a_form_page_is_opened_then_hsts_frame_deny_and_every_cookie_secure()
    {
        using var client = Client("https");

        using var response = await GetAsync(client, "/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=31536000", Single(response, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", Single(response, "Content-Security-Policy"), StringComparison.Ordinal);
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Given_the_trusted_front_end_terminated_tls_when_it_forwards_x_forwarded_proto_https_then_hsts_and_secure_cookies()
    {
        using var client = Client("http");

        using var response = await GetAsync(client, "/sign-in", ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.7"));

        Assert.StartsWith("max-age=", Single(response, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.All(response.Headers.GetValues("Set-Cookie"), c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Given_an_untrusted_caller_when_it_claims_x_forwarded_proto_https_then_no_hsts_and_no_secure_cookie()
    {
        using var client = Client("http");

        using var response = await GetAsync(client, "/sign-in", ("X-Forwarded-Proto", "https"), (TestRemoteAddress.Header, "198.51.100.23"));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.All(response.Headers.GetValues("Set-Cookie"), c => Assert.DoesNotContain("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/desk/new")]
    [InlineData("/desk")]
    [InlineData("/sign-out")]
    public async Task Given_a_signed_in_form_page_when_opened_then_frame_deny_only(string path)
    {
        var desk = await web.SignedInClientAsync(DeskPages.BuroloDesk);

        using var response = await GetAsync(desk, path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values : []);
}
