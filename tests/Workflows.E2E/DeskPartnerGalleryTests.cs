using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Desk.Requests;
using Workflows.Steps;
using Workflows.Host.Tests.Web;
using Workflows.Host.Tests;

namespace Workflows.E2E;

/// <summary>
/// A screenshot of every desk and partner page, in each state worth seeing (errors, 409, overdue, English), on a host
/// with a fake clock so meetings can pass and deadlines expire. Each shot also checks the page's basic shape.
/// </summary>
public sealed class DeskPartnerGalleryTests : IAsyncLifetime
{
    private readonly BrowserHost _host = new();

    public Task InitializeAsync() => _host.InitializeAsync();

    public Task DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Given_every_desk_and_partner_page_then_each_renders_with_one_heading_and_no_overflow()
    {
        // Requests in several steps, filed and worked through the pages.
        var deskHttp = await _host.SignedInClientAsync(DeskPages.BuroloDesk);
        var novainHttp = await _host.SignedInClientAsync(DeskPages.Novain);
        var review = await DeskPages.FileAsync(deskHttp, DeskPages.ValidIntake("Mario Rossi"));
        var noEmail = await DeskPages.FileAsync(deskHttp, DeskPages.ValidIntake("Giuseppe Verdi", email: null));
        var scheduling = await DeskPages.FileAsync(deskHttp, DeskPages.ValidIntake("Cooperativa Val Chiusella"));
        await DeskPages.ActAsync(novainHttp, scheduling, "accept", new() { ["Note"] = "Prendiamo in carico noi." });
        var confirmed = await DeskPages.FileAsync(deskHttp, DeskPages.ValidIntake("Laura Bianchi"));
        await ConfirmMeetingAsync(novainHttp, confirmed);
        var met = await DeskPages.FileAsync(deskHttp, DeskPages.ValidIntake("Agricola Serra Morena"));
        await ConfirmMeetingAsync(novainHttp, met);

        var desk = await _host.SignedInPageAsync(DeskPages.BuroloDesk);
        await ShotAsync(desk, "/desk", "desk-list");
        await ShotAsync(desk, "/desk/new", "desk-new");
        await desk.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(desk.Locator("#form-errors")).ToBeFocusedAsync();
        await CheckAndShotAsync(desk, "desk-new-errors");
        await ShotAsync(desk, $"/desk/requests/{review}/sent", "desk-sent");
        await ShotAsync(desk, $"/desk/requests/{noEmail}/sent", "desk-sent-no-email");
        await ShotAsync(desk, $"/desk/requests/{confirmed}", "desk-request-confirmed");
        await ShotAsync(desk, "/desk/new?culture=en", "desk-new-en");
        await ShotAsync(desk, "/desk?culture=it", "desk-list-it");

        var partner = await _host.SignedInPageAsync(DeskPages.Novain);
        await ShotAsync(partner, "/partner", "partner-inbox");
        await ShotAsync(partner, $"/partner/requests/{review}", "partner-request-review");
        foreach (var action in (string[])["accept", "ask-info", "refer", "decline"])
        {
            await ShotAsync(partner, $"/partner/requests/{review}/{action}", "partner-" + action);
        }

        await partner.ClickAsync("main form button[type=submit]");
        await CheckAndShotAsync(partner, "partner-decline-errors");
        await ShotAsync(partner, $"/partner/requests/{scheduling}", "partner-request-scheduling");
        await ShotAsync(partner, $"/partner/requests/{scheduling}/propose-slots", "partner-propose-slots");
        await ShotAsync(partner, $"/partner/requests/{confirmed}", "partner-request-confirmed");
        await ShotAsync(partner, $"/partner/requests/{confirmed}/partner-reschedule", "partner-reschedule");
        await ShotAsync(partner, $"/partner/requests/{confirmed}/partner-cancel", "partner-cancel");
        await ShotAsync(partner, $"/partner/requests/{scheduling}/accept", "partner-action-not-offered", expectedStatus: 409);

        // A form left open while the request moved on: the action is refused with a 409 page.
        await partner.GotoAsync($"/partner/requests/{review}/ask-info");
        await DeskPages.ActAsync(novainHttp, review, "accept");
        await partner.FillAsync("#question", "Avete già un prototipo?");
        var refused = await partner.RunAndWaitForResponseAsync(
            () => partner.ClickAsync("main form button[type=submit]"),
            r => r.Request.Method == "POST");
        Assert.Equal(409, refused.Status);
        await CheckAndShotAsync(partner, "partner-action-refused-409");

        // Eight days later: meetings are over and the untouched requests are overdue.
        _host.Clock.Advance(TimeSpan.FromDays(8));
        await DeskPages.DrainWorkQueueAsync(_host);
        partner = await _host.SignedInPageAsync(DeskPages.Novain);
        await ShotAsync(partner, "/partner", "partner-inbox-overdue");
        Assert.True(await partner.Locator("tbody tr.site-row-overdue").CountAsync() >= 1);
        await ShotAsync(partner, $"/partner/requests/{met}/outcome", "partner-outcome");
        await partner.FillAsync("#notes", "Il richiedente ha portato i disegni: depositeremo la domanda di brevetto.");
        await partner.ClickAsync("label[for=outcome-Held]");
        await partner.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(partner.Locator("main .alert-success")).ToContainTextAsync("Esito registrato.");
        await CheckAndShotAsync(partner, "partner-request-follow-up");
        desk = await _host.SignedInPageAsync(DeskPages.BuroloDesk);
        await ShotAsync(desk, "/desk", "desk-list-overdue");
        await ShotAsync(desk, $"/desk/requests/{met}", "desk-request-history");
    }

    private async Task ConfirmMeetingAsync(HttpClient novain, string id)
    {
        await DeskPages.ActAsync(novain, id, "accept");
        var (date, time) = DeskPages.NextFriday(_host.Clock.GetUtcNow());
        await DeskPages.ActAsync(novain, id, "propose-slots", new()
        {
            ["Slots[0].Date"] = date, ["Slots[0].Time"] = time, ["Slots[0].Duration"] = "60", ["Slots[0].Place"] = "AtDesk",
        });
        var state = (await _host.Queries.GetInstanceAsync(InstanceId.Parse(id), includeTimeline: false))!.State!.Value
            .Deserialize<DeskRequestState>(WorkflowJson.Options)!;
        var confirmed = await _host.Commands.RaiseEventAsync(InstanceId.Parse(id), DeskRequestEvents.SlotConfirmed, new SlotChoice(state.StepToken, 1));
        Assert.True(confirmed.Applied, confirmed.Reason);
    }

    private static async Task ShotAsync(IPage page, string url, string name, int expectedStatus = 200)
    {
        var response = await page.GotoAsync(url);
        Assert.Equal(expectedStatus, response!.Status);
        await CheckAndShotAsync(page, name);
    }

    private static async Task CheckAndShotAsync(IPage page, string name)
    {
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Equal(1, await page.Locator("main").CountAsync());

        // Nothing sticks out sideways (long addresses, codes and texts wrap).
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
        Assert.False(overflow, $"{name}: the page scrolls sideways.");
        await Chromium.ShotAsync(page, name);
    }
}
