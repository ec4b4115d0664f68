using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflows.Host.Tests.Web;
using Workflows.Host.Tests;

namespace Workflows.E2E;

[Collection(BrowserCollection.Name)]
public sealed class SignInAndDashboardTests(LiveBrowserHost web)
{
    [Fact]
    public async Task Given_a_coordinator_when_signing_in_by_emailed_link_then_the_dashboard_opens()
    {
        await using var session = await web.NewSessionAsync();
        var page = session.Page;

        await page.GotoAsync("/");
        await session.ScreenshotAsync("01-home");
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Accedi" }).ClickAsync();
        await page.GetByLabel("Indirizzo e-mail").FillAsync(WebFixture.CoordinatorEmail);
        await session.ScreenshotAsync("02-sign-in");
        await page.GetByRole(AriaRole.Button, new() { Name = "Inviami il link di accesso" }).ClickAsync();
        await session.ReachAsync("**/sign-in/sent");
        await session.ScreenshotAsync("03-sign-in-sent");
        var link = web.Mailer.LastTo(WebFixture.CoordinatorEmail)!;
        await page.GotoAsync(link.Link.PathAndQuery);
        await session.ScreenshotAsync("04-sign-in-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi ora" }).ClickAsync();
        await session.ReachAsync("**/coordinator");

        Assert.Equal("Richieste della rete", await page.Locator("h1").TextContentAsync());
        Assert.Contains("Silvia Coordinamento", await page.Locator("header").TextContentAsync(), StringComparison.Ordinal);
        await page.GotoAsync(link.Link.PathAndQuery);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi ora" }).ClickAsync();
        Assert.Equal("Link già utilizzato", await page.Locator("h1").TextContentAsync());
        await session.ScreenshotAsync("05-sign-in-link-used");
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Given_requests_when_the_coordinator_filters_opens_one_and_suspends_it_then_each_page_shows_it()
    {
        var comune = "00127" + Random.Shared.Next(0, 9);
        var target = await web.StartRequestAsync("novain", comune, "brevetti");
        await web.StartRequestAsync("api-torino", comune, "credito", slaDays: -1);
        await web.StartRequestAsync("coop-piemonte", "001272", "cooperative-comunita");
        await web.Commands.RaiseEventAsync(await web.StartRequestAsync("informagiovani", "006003", "lavoro"), "Accept");
        await using var session = await web.NewSessionAsync();
        var page = session.Page;
        await session.SignInAsync(web, WebFixture.CoordinatorEmail);
        await page.GotoAsync("/coordinator");
        await session.ScreenshotAsync("10-dashboard-list");

        await page.GetByLabel("Comune", new() { Exact = true }).FillAsync(comune);
        await page.GetByLabel("Partner", new() { Exact = true }).SelectOptionAsync("novain");
        await page.GetByLabel("Comune", new() { Exact = true }).PressAsync("Enter");
        await page.WaitForURLAsync(new Regex($"comune={comune}"));
        await session.ScreenshotAsync("11-dashboard-filtered");
        var rows = page.Locator("main table tbody tr");
        Assert.Equal(1, await rows.CountAsync());

        await rows.First.Locator("th a").ClickAsync();
        await page.WaitForURLAsync($"**/coordinator/instances/{target}");
        Assert.Equal("In esame dal partner", (await page.Locator("ol.site-steps li[aria-current=step]").TextContentAsync())!.Split('(')[0].Trim());
        await page.WaitForFunctionAsync("() => document.querySelector('#emails-title + div table')?.textContent.includes('Inviata')", null, new() { Timeout = 15000 });
        await page.ReloadAsync();
        await session.ScreenshotAsync("12-instance");

        await page.GetByRole(AriaRole.Link, new() { Name = "Sospendi" }).ClickAsync();
        await page.GetByLabel("Motivo (facoltativo, senza dati personali)").FillAsync("in attesa di documenti dal Comune");
        await session.ScreenshotAsync("13-action-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Conferma: sospendi" }).ClickAsync();
        await page.WaitForURLAsync($"**/coordinator/instances/{target}");
        Assert.Equal("Fatto: l'azione è stata eseguita.", (await page.Locator("main .alert-info").TextContentAsync())!.Trim());
        Assert.Equal("Sospesa", await page.Locator("dl .site-badge").First.TextContentAsync());
        await session.ScreenshotAsync("14-instance-suspended");

        await page.GotoAsync("/coordinator?sla=true");
        await session.ScreenshotAsync("15-dashboard-overdue");
        Assert.True(await page.Locator("main table tbody .site-badge-sla").CountAsync() >= 1);

        await page.GotoAsync("/coordinator/overview");
        await page.WaitForFunctionAsync("() => window.Chart && Object.keys(Chart.instances).length >= 4");
        await session.ScreenshotAsync("16-overview");
        Assert.True(int.Parse((await page.Locator("#count-total").TextContentAsync())!) >= 4);
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Given_the_English_switch_when_clicked_then_pages_are_in_English_until_switched_back()
    {
        await using var session = await web.NewSessionAsync();
        var page = session.Page;

        await page.GotoAsync("/sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "ENG – English" }).ClickAsync();
        await page.WaitForURLAsync("**culture=en");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Sign-in for the network's staff", await page.Locator("h1").TextContentAsync());
        await session.ScreenshotAsync("20-sign-in-english");

        await page.GetByRole(AriaRole.Link, new() { Name = "Home" }).First.ClickAsync();
        Assert.Equal("An innovation desk in every municipality", await page.Locator("h1").TextContentAsync());
        await session.ScreenshotAsync("21-home-english");

        await page.GetByRole(AriaRole.Link, new() { Name = "ITA – Italiano" }).ClickAsync();
        Assert.Equal("it", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Empty(session.Errors);
    }

    [Fact]
    public async Task Given_other_pages_then_they_render_without_script_errors()
    {
        await using var session = await web.NewSessionAsync();
        var page = session.Page;

        var missing = await page.GotoAsync("/pagina-inesistente");
        Assert.Equal(404, missing!.Status);
        await session.ScreenshotAsync("30-not-found");
        await page.GotoAsync("/sign-in/link?token=non-valido");
        await session.ScreenshotAsync("31-link-invalid");
        await session.SignInAsync(web, WebFixture.DeskEmail);
        var denied = await page.GotoAsync("/coordinator");
        Assert.Equal(403, denied!.Status);
        await session.ScreenshotAsync("32-access-denied");
        await page.GetByRole(AriaRole.Button, new() { Name = "Esci" }).ClickAsync();
        await page.WaitForURLAsync("**/sign-out");
        await session.ScreenshotAsync("33-signed-out");

        await using var phone = await web.NewSessionAsync(390, 844);
        await phone.Page.GotoAsync("/");
        await phone.ScreenshotAsync("34-home-phone");
        Assert.Empty(session.Errors);
        Assert.Empty(phone.Errors);
    }
}
