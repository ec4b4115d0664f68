using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Host.Tests.Web;

namespace Workflows.E2E;

/// <summary>
/// The test host of <see cref="WebFixture"/> (staff in configuration, sign-in links kept in memory) served by Kestrel
/// on a free port, with a <see cref="Chromium"/>. Live: real clock and the in-process queue listener; otherwise a
/// fake clock the test moves and a queue the test drives.
/// </summary>
public class BrowserHost : WebFixture
{
    private Chromium? _chromium;

    private Chromium Started => _chromium ?? throw new InvalidOperationException("Not started.");

    /// <summary>The browser.</summary>
    public IBrowser Browser => Started.Browser;

    /// <summary>Where Kestrel listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal)
            .TrimEnd('/');
        _chromium = await Chromium.LaunchAsync();
    }

    /// <summary>A client of Kestrel (the tests' set-up steps) that keeps cookies and does not follow redirects.</summary>
    public override HttpClient NewClient() =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new System.Net.CookieContainer() })
        {
            BaseAddress = new Uri(BaseUrl + "/"),
        };

    protected override void StartHost()
    {
        UseKestrel(0);
        StartServer();
    }

    /// <summary>A fresh browser context (its own cookies) with an Italian page of 1280×900.</summary>
    public Task<IPage> NewPageAsync(string locale = "it-IT") =>
        Started.NewPageAsync(BaseUrl, locale: locale);

    /// <summary>A fresh page at the given size that collects console errors and failed assets.</summary>
    public async Task<BrowserSession> NewSessionAsync(int width = 1280, int height = 900)
    {
        var page = await Started.NewPageAsync(BaseUrl, width, height);
        return new BrowserSession(page.Context, page);
    }

    /// <summary>Signs in through the pages: the form, the e-mailed link, the confirm button.</summary>
    public async Task<IPage> SignedInPageAsync(string email, string locale = "it-IT")
    {
        var page = await NewPageAsync(locale);
        await page.GotoAsync("/sign-in");
        await page.FillAsync("#email", email);
        await page.ClickAsync("main form button[type=submit]");
        await page.WaitForURLAsync("**/sign-in/sent");
        var link = Mailer.LastTo(email) ?? throw new InvalidOperationException("No sign-in link was sent to " + email);
        await page.GotoAsync(link.Link.PathAndQuery);
        await page.ClickAsync("main form button[type=submit]");

        // Signed in once the POST's redirect has left the sign-in pages. (Waiting for the "load" event instead hung now
        // and then on a busy machine: the POST and its redirect are two navigations in quick succession.)
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/sign-in/"));
        return page;
    }

    public override async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
