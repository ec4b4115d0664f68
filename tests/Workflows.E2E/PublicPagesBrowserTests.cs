using Microsoft.Playwright;

namespace Workflows.E2E;

/// <summary>The public pages in Chromium, on the demo network: filters by mouse and keyboard, screenshots to look at.</summary>
[Collection(PublicSiteCollection.Name)]
public sealed class PublicPagesBrowserTests(PublicSiteFixture site)
{
    [Fact]
    public async Task Given_the_partner_directory_when_a_visitor_filters_by_province_and_topic_then_the_matching_partners_show()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/public/partners");
        await Chromium.ShotAsync(page, "partners-all-desktop");

        await page.GetByLabel("Provincia").SelectOptionAsync("AL");
        await page.GetByLabel("Tema").SelectOptionAsync("YouthTrainingWork");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mostra" }).ClickAsync();
        await page.WaitForURLAsync("**/public/partners?provincia=AL*");
        await Chromium.ShotAsync(page, "partners-alessandria-youth-desktop");

        var partners = await page.Locator("li[id^='partner-'] h3").AllTextContentsAsync();
        Assert.Equal(["Centro per l'impiego di Alessandria", "Informagiovani Alessandria", "Informagiovani delle valli Orba e Lemme"], partners);
        Assert.Equal(4, await page.Locator("li[id^='desk-']").CountAsync());
        Assert.Equal("it", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task Given_the_directory_on_a_phone_then_cards_stack_and_nothing_overflows_sideways()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync("/public/partners?comune=001042");
        await Chromium.ShotAsync(page, "partners-burolo-mobile");

        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow);
        Assert.True(await page.Locator("#desk-burolo").IsVisibleAsync());
    }

    [Fact]
    public async Task Given_the_open_statistics_then_every_table_has_rows_small_counts_read_less_than_5_and_keyboard_reaches_the_filters()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/public/statistics");
        await Chromium.ShotAsync(page, "statistics-desktop");

        foreach (var table in new[] { "by-category", "by-comune", "by-partner", "by-step", "by-outcome", "by-quarter" })
        {
            Assert.True(await page.Locator($"#{table} tbody tr").CountAsync() > 0, table);
        }

        var total = await page.Locator(".site-totals dd").First.TextContentAsync();
        Assert.Equal(PublicSiteFixture.DemoRequests.ToString(System.Globalization.CultureInfo.InvariantCulture), total?.Trim());
        var cells = await page.Locator(".site-open-table td").AllTextContentsAsync();
        Assert.All(cells.Select(c => c.Trim()), c => Assert.True(c.StartsWith("< 5 (meno di 5", StringComparison.Ordinal) || int.Parse(c, System.Globalization.CultureInfo.InvariantCulture) >= 5, c));

        var mobile = await site.NewPageAsync(390, 844);
        await mobile.GotoAsync("/public/statistics");
        await Chromium.ShotAsync(mobile, "statistics-mobile");
        Assert.False(await mobile.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
    }

    [Fact]
    public async Task Given_the_statistics_in_English_then_headings_are_English()
    {
        var page = await site.NewPageAsync(locale: "en-GB");
        await page.GotoAsync("/public/statistics?culture=en");
        await Chromium.ShotAsync(page, "statistics-english");

        Assert.Equal("The network's open statistics", (await page.Locator("h1").TextContentAsync())?.Trim());
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
    }

    [Fact]
    public async Task Given_a_phone_and_a_keyboard_when_following_the_footer_links_then_the_privacy_notice_and_the_accessibility_page_open()
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync("/public/partners");

        // The footer's two links come one after the other for a keyboard user.
        await page.Locator("footer a").Last.FocusAsync();
        Assert.Equal("Dichiarazione di accessibilità", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Shift+Tab");
        Assert.Equal("Informativa privacy", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await Chromium.ShotAsync(page, "footer-privacy-focused-mobile");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/privacy");
        await Chromium.ShotAsync(page, "privacy-mobile");
        Assert.Equal("Informativa sul trattamento dei dati personali", (await page.Locator("main h1").TextContentAsync())?.Trim());
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));

        await page.Locator("footer a", new() { HasText = "Dichiarazione di accessibilità" }).ClickAsync();
        await page.WaitForURLAsync("**/accessibilita");
        await Chromium.ShotAsync(page, "accessibility-mobile");
        Assert.Equal("Accessibilità del servizio", (await page.Locator("main h1").TextContentAsync())?.Trim());
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"));
    }
}
