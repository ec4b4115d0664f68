using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Host.Tests.Web;

namespace Workflows.E2E;

/// <summary>
/// The real host served by Kestrel on a free port, against Azurite, with headless Chromium (Debian's, from
/// <c>CHROMIUM_PATH</c> or <c>/usr/bin/chromium</c>). Live: real clock and the in-process queue listener; otherwise a
/// fake clock the test moves and a queue the test drives.
/// </summary>
public class BrowserHost : WebFixture
{
    private IPlaywright? _playwright;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where Kestrel listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Where screenshots go: <c>tests/Workflows.E2E/TestResults/screenshots</c>.</summary>
    public static string ScreenshotDirectory { get; } = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "screenshots"));

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First()
            .Replace("[::]", "127.0.0.1", StringComparison.Ordinal)
            .Replace("localhost", "127.0.0.1", StringComparison.Ordinal)
            .TrimEnd('/');

        _playwright = await Playwright.CreateAsync();
        var chromium = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException($"Chromium is not at '{chromium}': install Debian's chromium or set CHROMIUM_PATH (scripts/test.sh does).");
        }

        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--lang=it-IT"],
        });
        Directory.CreateDirectory(ScreenshotDirectory);
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
    public async Task<IPage> NewPageAsync(string locale = "it-IT")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            BaseURL = BaseUrl,
        });
        return await context.NewPageAsync();
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
        await page.WaitForLoadStateAsync();
        return page;
    }

    /// <summary>Saves a full-page screenshot named <paramref name="name"/>.png.</summary>
    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public override async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
