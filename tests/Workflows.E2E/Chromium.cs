using Microsoft.Playwright;

namespace Workflows.E2E;

/// <summary>
/// Debian's Chromium (from <c>CHROMIUM_PATH</c> or <c>/usr/bin/chromium</c>, never Playwright's own download) driven by
/// Playwright, headless; and the folder every browser test saves its screenshots to.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private Chromium(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    /// <summary>Where screenshots go: <c>tests/Workflows.E2E/TestResults/screenshots</c>.</summary>
    public static string ScreenshotDirectory { get; } =
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "screenshots"));

    public IBrowser Browser { get; }

    public static async Task<Chromium> LaunchAsync()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } p ? p : "/usr/bin/chromium";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"Chromium is not at '{path}': install Debian's chromium or set CHROMIUM_PATH (scripts/test.sh does).");
        }

        Directory.CreateDirectory(ScreenshotDirectory);
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=it-IT"],
        });
        return new Chromium(playwright, browser);
    }

    /// <summary>A fresh context (its own cookies) on <paramref name="baseUrl"/> and a page in it.</summary>
    public async Task<IPage> NewPageAsync(string baseUrl, int width = 1280, int height = 900, string locale = "it-IT")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
        });

        // Generous: the test command runs these beside the host tests on two cores (a page waits for its CSS, fonts
        // and script to load; one sign-in once took over 30 s there). Speed is the budget tests' and the bench's job.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page screenshot as <c>TestResults/screenshots/<paramref name="name"/>.png</c>.</summary>
    public static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright.Dispose();
    }
}
