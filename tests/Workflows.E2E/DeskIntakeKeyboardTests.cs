using Microsoft.Playwright;
using Workflows.Host.Tests.Web;

namespace Workflows.E2E;

/// <summary>The desk referent files a request with the keyboard only, as a screen-reader or keyboard user would.</summary>
[Collection(LiveBrowserCollection.Name)]
public sealed class DeskIntakeKeyboardTests(LiveBrowserHost host)
{
    [Fact]
    public async Task Given_a_desk_referent_with_only_a_keyboard_then_the_intake_can_be_filled_corrected_and_sent()
    {
        var page = await host.SignedInPageAsync(DeskPages.BuroloDesk);
        await page.GotoAsync("/desk/new");

        // From the top of the page, Tab reaches the first field of the form.
        await TabUntilAsync(page, "kind");
        Assert.True(await HasVisibleFocusAsync(page), "The focused field shows no focus outline.");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await NextAsync(page, "name");
        await page.Keyboard.TypeAsync("Tastiera Soltanto Srl");
        await NextAsync(page, "email");
        await page.Keyboard.TypeAsync("tastiera@example.it");
        await NextAsync(page, "phone");
        await page.Keyboard.TypeAsync("0125 654321");
        await NextAsync(page, "language-it");
        await NextAsync(page, "category");
        await page.Keyboard.PressAsync("ArrowDown");
        await NextAsync(page, "description");
        await page.Keyboard.TypeAsync("Brevetto");
        await NextAsync(page, "contact-AtDesk");
        await page.Keyboard.PressAsync("Space");
        await NextAsync(page, "consent");
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Registra la richiesta", await page.EvaluateAsync<string>("document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForLoadStateAsync();

        // The short description is refused: the summary is announced (role=alert) and takes the focus.
        var summary = page.Locator("#form-errors");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        Assert.Equal("alert", await summary.GetAttributeAsync("role"));
        Assert.Contains("La descrizione è troppo breve", await summary.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Tastiera Soltanto Srl", await page.InputValueAsync("#name"));
        Assert.True(await page.IsCheckedAsync("#consent"));
        await Chromium.ShotAsync(page, "desk-intake-keyboard-errors");

        // The summary's link leads to the field; the description is completed and the form sent with Enter.
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("#description", await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#description")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.TypeAsync(" di un attrezzo per potare le vigne in collina.");
        await NextAsync(page, "contact-AtDesk");
        await NextAsync(page, "consent");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        // (The browser keeps the "#description" fragment across the redirect.)
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/desk/requests/[a-z0-9]+/sent"));

        Assert.Equal("Richiesta registrata", (await page.InnerTextAsync("main h1")).Trim());
        Assert.Matches("^TO-[0-9]{4}-[0-9]{4}$", await page.InnerTextAsync("#request-code"));
        await Chromium.ShotAsync(page, "desk-intake-keyboard-sent");
    }

    private static async Task TabUntilAsync(IPage page, string id, int max = 60)
    {
        for (var i = 0; i < max; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("document.activeElement.id") == id)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached #{id}.");
    }

    private static async Task NextAsync(IPage page, string id)
    {
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal(id, await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    private static Task<bool> HasVisibleFocusAsync(IPage page) =>
        page.EvaluateAsync<bool>("getComputedStyle(document.activeElement).outlineStyle !== 'none' && parseFloat(getComputedStyle(document.activeElement).outlineWidth) >= 2");
}
