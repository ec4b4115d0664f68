using System.Net;
using System.Text.RegularExpressions;

namespace Workflows.Host.Tests.Web;

/// <summary>
/// Forwarded headers as infra/modules/webapp.bicep configures them for App Service's front end (its networks read from
/// the Bicep file): the private ranges Microsoft lists for App Service, written as IPv4 CIDRs, trust the front end
/// also when it reaches the app as an
/// IPv4-mapped IPv6 peer; a peer outside them is the client itself; and the platform's
/// ASPNETCORE_FORWARDEDHEADERS_ENABLED=true (set by App Service's Linux images) does not widen the trust.
/// </summary>
public sealed class TrustedProxiesTests
{
    private static WebFixture AppServiceLike(bool platformSwitchOn)
    {
        var fixture = new WebFixture()
            .With("SignIn:PerIpPermits", "1")
            .With("ForwardedHeaders:TrustLoopback", "false")
            .With("FORWARDEDHEADERS_ENABLED", platformSwitchOn ? "true" : "false");
        var networks = BicepNetworks();
        for (var i = 0; i < networks.Count; i++)
        {
            fixture.With($"ForwardedHeaders:KnownNetworks:{i}", networks[i]);
        }

        return fixture;
    }

    /// <summary>The default of <c>trustedProxyNetworks</c> in infra/modules/webapp.bicep.</summary>
    private static List<string> BicepNetworks()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Workflows.sln")))
        {
            root = root.Parent;
        }

        var bicep = File.ReadAllText(Path.Combine(root?.FullName ?? throw new InvalidOperationException("Workflows.sln not found."), "infra", "modules", "webapp.bicep"));
        var list = Regex.Match(bicep, @"param trustedProxyNetworks array = \[(?<items>[^\]]*)\]").Groups["items"].Value;
        List<string> networks = [.. Regex.Matches(list, "'([^']+)'").Select(m => m.Groups[1].Value)];
        Assert.NotEmpty(networks);
        return networks;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Given_the_front_end_as_an_ipv4_mapped_peer_in_a_private_range_then_each_forwarded_client_has_its_own_limit(bool platformSwitchOn)
    {
        await using var app = AppServiceLike(platformSwitchOn);
        await app.InitializeAsync();
        var client = app.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in");

        // One permit per client: a second post from the same front-end peer passes only if the peer is trusted.
        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(client, form, "::ffff:10.20.30.40", "203.0.113.1:50000"));
        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(client, form, "::ffff:10.20.30.40", "203.0.113.2:50001"));
        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(client, form, "192.168.4.5", "203.0.113.3"));
        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(client, form, "192.168.4.5", "203.0.113.4"));
        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(client, form, "::ffff:172.17.0.1", "203.0.113.5"));
        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(client, form, "::ffff:172.17.0.1", "203.0.113.6"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync(client, form, "::ffff:172.17.0.1", "198.51.100.7, 203.0.113.1:50002"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Given_a_peer_outside_the_front_ends_ranges_when_it_sends_x_forwarded_for_then_the_peer_itself_is_limited(bool platformSwitchOn)
    {
        await using var app = AppServiceLike(platformSwitchOn);
        await app.InitializeAsync();
        var client = app.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in");

        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(client, form, "203.0.113.80", "198.51.100.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync(client, form, "203.0.113.80", "198.51.100.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync(client, form, "::ffff:203.0.113.80", "198.51.100.3"));
    }

    [Fact]
    public async Task Given_no_trusted_proxy_at_all_when_peers_send_rotating_x_forwarded_for_then_the_header_is_ignored_and_the_peer_is_limited()
    {
        await using var app = new WebFixture()
            .With("SignIn:PerIpPermits", "1")
            .With("ForwardedHeaders:TrustLoopback", "false");
        await app.InitializeAsync();
        var client = app.NewClient();
        var form = await WebFixture.GetPageAsync(client, "/sign-in");

        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(client, form, "203.0.113.90", "198.51.100.11"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync(client, form, "203.0.113.90", "198.51.100.12"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await PostAsync(client, form, "203.0.113.90", "198.51.100.13"));
    }

    private static async Task<HttpStatusCode> PostAsync(HttpClient client, AngleSharp.Html.Dom.IHtmlDocument form, string peer, string forwardedFor)
    {
        var token = form.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sign-in")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "x@comune.example", ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add(TestRemoteAddress.Header, peer);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
