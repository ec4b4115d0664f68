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

    /// <summary>Signs in through the pages like a person: form, e-mailed link, confirm button.</summary>
    public async Task SignInAsync(WebFixture web, string email)
    {
        await Page.GotoAsync("/sign-in");
        await Page.GetByLabel("Indirizzo e-mail").FillAsync(email);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Inviami il link di accesso" }).ClickAsync();
        await Page.WaitForURLAsync("**/sign-in/sent");
        var link = web.Mailer.LastTo(email) ?? throw new InvalidOperationException("No link sent.");
        await Page.GotoAsync(link.Link.PathAndQuery);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Accedi ora" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/sign-in/", StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
