using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflows.Host.Tests.Web;
using Workflows.Host.Tests;

namespace Workflows.E2E;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(LiveBrowserHost web)
{
    [Fact]
    public async Task Given_only_a_keyboard_when_signing_in_then_focus_is_visible_in_order_and_Enter_submits()
    {
        await using var session = await web.NewSessionAsync();
        var page = session.Page;
        await page.GotoAsync("/sign-in");

        var stops = new List<FocusStop>();
        for (var i = 0; i < 30 && (stops.Count == 0 || stops[^1].Id != "email"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            stops.Add(await FocusAsync(page));
        }

        Assert.Equal("Vai al contenuto principale", stops[0].Text);
        Assert.All(stops, s => Assert.True(s.Visible, $"focus not visible on {s.Tag} '{s.Text}'"));
        Assert.Equal("email", stops[^1].Id);
        await session.ScreenshotAsync("40-keyboard-email-focused");
        await page.Keyboard.TypeAsync(WebFixture.DeskEmail);
        await page.Keyboard.PressAsync("Tab");
        var button = await FocusAsync(page);
        Assert.Equal("Inviami il link di accesso", button.Text);
        Assert.True(button.Visible);
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/sign-in/sent");
    }

    [Fact]
    public async Task Given_only_a_keyboard_on_the_dashboard_then_the_filters_come_in_order_and_Enter_applies_them()
    {
        var comune = "00128" + Random.Shared.Next(0, 9);
        await web.StartRequestAsync("novain", comune, "brevetti");
        await using var session = await web.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync(web, WebFixture.CoordinatorEmail);
        await page.GotoAsync("/coordinator");

        var ids = new List<string>();
        for (var i = 0; i < 40 && (ids.Count == 0 || ids[^1] != "f-comune"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var stop = await FocusAsync(page);
            Assert.True(stop.Visible, $"focus not visible on {stop.Tag} '{stop.Text}'");
            ids.Add(stop.Id);
        }

        Assert.Equal(["f-workflow", "f-step", "f-status", "f-code", "f-applicant", "f-partner", "f-comune"], ids.Where(id => id.StartsWith("f-", StringComparison.Ordinal)));
        await page.Keyboard.TypeAsync(comune);
        await session.ScreenshotAsync("41-keyboard-filter-focused");
        // The field suggests comuni (a datalist): when its list has opened, Enter only closes it, as for any keyboard
        // user, who closes it with Escape first (seen on CI: the list opened late, the form was not sent).
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Enter");
        // The filtered page, once its document is in (the load event of every asset can lag on a busy machine: seen on CI).
        await page.WaitForURLAsync(new Regex($"comune={comune}"), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal(1, await page.Locator("main table tbody tr").CountAsync());
    }

    [Fact]
    public async Task Given_every_page_then_landmarks_labels_headings_names_and_custom_colours_pass()
    {
        var id = await web.StartRequestAsync("novain", "001272", "brevetti", slaDays: -1);
        await using var visitor = await web.NewSessionAsync();
        var problems = new List<string>();
        foreach (var url in new[] { "/", "/sign-in", "/sign-in/sent", "/sign-in/link?token=x", "/sign-out", "/no-such-page", "/privacy", "/accessibilita", "/?culture=en" })
        {
            problems.AddRange(await CheckAsync(visitor.Page, url));
        }

        await using var coordinator = await web.NewSessionAsync();
        await coordinator.SignInAsync(web, WebFixture.CoordinatorEmail);
        foreach (var url in new[] { "/coordinator", "/coordinator?sla=true", $"/coordinator/instances/{id}", $"/coordinator/instances/{id}/raise", $"/coordinator/instances/{id}/reassign", "/coordinator/overview", "/coordinator/emails", "/coordinator/stalled" })
        {
            problems.AddRange(await CheckAsync(coordinator.Page, url));
        }

        await coordinator.Page.GotoAsync("/coordinator/emails");
        await coordinator.ScreenshotAsync("43-undelivered-emails");
        var form = coordinator.Page;
        await form.GotoAsync($"/coordinator/instances/{id}/raise");
        await form.GetByRole(AriaRole.Button, new() { Name = "Conferma: invia un evento" }).ClickAsync();
        await coordinator.ScreenshotAsync("42-action-errors");
        problems.AddRange((await form.EvaluateAsync<string[]>(AccessibilityChecks.Script)).Select(p => "raise errors: " + p));

        Assert.Empty(problems);
        Assert.Empty(visitor.Errors);
        Assert.Empty(coordinator.Errors);
    }

    [Fact]
    public async Task Given_an_ended_request_when_the_coordinator_erases_its_personal_data_by_keyboard_then_the_page_says_when_and_passes_the_checks()
    {
        var id = await web.StartRequestAsync("novain", "001272", "brevetti");
        await web.Commands.TerminateAsync(id, "ritirata");
        await using var coordinator = await web.NewSessionAsync();
        await coordinator.SignInAsync(web, WebFixture.CoordinatorEmail);
        var page = coordinator.Page;
        await page.GotoAsync($"/coordinator/instances/{id}/erase");
        var problems = (await page.EvaluateAsync<string[]>(AccessibilityChecks.Script)).Select(p => "erase confirm: " + p).ToList();
        await coordinator.ScreenshotAsync("43-erase-confirm");

        var confirm = page.GetByRole(AriaRole.Button, new() { Name = "Conferma: cancella i dati personali" });
        await confirm.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync($"**/coordinator/instances/{id}");

        Assert.Equal("I dati personali della richiesta sono stati cancellati.", (await page.Locator("main .alert-info").TextContentAsync())!.Trim());
        Assert.StartsWith("Dati personali cancellati il", (await page.Locator("main [role=note]").TextContentAsync())!.Trim(), StringComparison.Ordinal);
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Cancella i dati personali" }).CountAsync());
        problems.AddRange((await page.EvaluateAsync<string[]>(AccessibilityChecks.Script)).Select(p => "erased: " + p));
        await coordinator.ScreenshotAsync("44-instance-erased");
        Assert.Empty(problems);
        Assert.Empty(coordinator.Errors);
    }

    [Fact]
    public async Task Given_a_page_with_planted_faults_then_the_checks_report_each_of_them()
    {
        await using var session = await web.NewSessionAsync();
        await session.Page.GotoAsync("/");
        await session.Page.EvaluateAsync("""
            () => {
              const main = document.querySelector('main');
              main.insertAdjacentHTML('beforeend',
                '<input id="orphan"><h4>Skipped level</h4><svg viewBox="0 0 1 1"></svg><img src="/x.png">' +
                '<p class="site-badge" style="color:#999;background:#fff">Pale</p><a href="/x" style="display:inline-block;width:20px;height:20px"></a>');
            }
            """);

        var problems = await session.Page.EvaluateAsync<string[]>(AccessibilityChecks.Script);

        Assert.Contains(problems, p => p.StartsWith("field without label: orphan", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("heading jumps from h2 to h4", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("svg icon neither hidden nor labelled", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("img without alt", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("contrast 2.85 of \"Pale\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("link or button without a name", StringComparison.Ordinal));
    }

    private static async Task<IEnumerable<string>> CheckAsync(IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var problems = await page.EvaluateAsync<string[]>(AccessibilityChecks.Script);
        return problems.Select(p => $"{url}: {p}");
    }

    private static async Task<FocusStop> FocusAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>(AccessibilityChecks.Focused);
        return new FocusStop(json.GetProperty("id").GetString()!, json.GetProperty("text").GetString()!, json.GetProperty("tag").GetString()!, json.GetProperty("visible").GetBoolean());
    }

    private sealed record FocusStop(string Id, string Text, string Tag, bool Visible);
}
