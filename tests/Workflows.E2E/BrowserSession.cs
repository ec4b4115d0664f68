using Microsoft.Playwright;
using Workflows.Host.Tests.Web;

namespace Workflows.E2E;

/// <summary>One browser context and page, with the console errors and failed requests it saw.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    public BrowserSession(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // "Failed to load resource" repeats a 4xx the page itself answered on purpose; assets are checked below.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                Errors.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => Errors.Add("page: " + error);
        page.Response += (_, response) =>
        {
            // 4xx/5xx of the site's own assets (a page may answer 4xx on purpose: that is checked by the tests).
            if (response.Status >= 400 && response.Request.ResourceType is "stylesheet" or "script" or "font" or "image")
            {
                Errors.Add($"asset {response.Status}: {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    public List<string> Errors { get; } = [];

    /// <summary>Saves a full-page screenshot as TestResults/screenshots/<paramref name="name"/>.png.</summary>
    public Task ScreenshotAsync(string name) =>
        Chromium.ShotAsync(Page, name);

    /// <summary>
    /// Waits for the page to reach <paramref name="urlGlob"/>; when it does not, fails with where it is instead and
    /// what that page says (a sign-in link page that refused, an error page), not just a timeout.
    /// </summary>
    public async Task ReachAsync(string urlGlob)
    {
        try
        {
            // The document is enough: the steps that follow wait for what they need (on a busy machine the full load
            // event, with every font and image, came after the URL by more than the timeout).
            await Page.WaitForURLAsync(urlGlob, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        }
        catch (TimeoutException ex)
        {
            var heading = await Page.Locator("h1").First.TextContentAsync(new() { Timeout = 5000 });
            var alert = await Page.Locator("main [role=alert]").AllTextContentsAsync();
            throw new TimeoutException($"Did not reach {urlGlob}: the page is {Page.Url}, heading '{heading?.Trim()}', alert '{string.Join(" | ", alert).Trim()}'.", ex);
        }
    }

    /// <summary>Signs in through the pages like a person: form, e-mailed link, confirm button.</summary>
    public async Task SignInAsync(WebFixture web, string email)
    {
        await Page.GotoAsync("/sign-in");
        await Page.GetByLabel("Indirizzo e-mail").FillAsync(email);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Inviami il link di accesso" }).ClickAsync();
        await ReachAsync("**/sign-in/sent");
        var link = web.Mailer.LastTo(email) ?? throw new InvalidOperationException("No link sent.");
        await Page.GotoAsync(link.Link.PathAndQuery);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Accedi ora" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/sign-in/", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
