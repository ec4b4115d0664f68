using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Workflows.Desk.Calendar;
using Workflows.Steps;
using Workflows.Host.Tests.Web;

namespace Workflows.E2E;

/// <summary>A partner reviewer works a request in the browser: inbox, accept, propose slots (after a refused one).</summary>
[Collection(LiveBrowserCollection.Name)]
public sealed class PartnerJourneyTests(LiveBrowserHost host)
{
    [Fact]
    public async Task Given_a_new_request_then_the_partner_accepts_it_and_proposes_slots_from_the_browser()
    {
        var desk = await host.SignedInClientAsync(DeskPages.BuroloDesk);
        var applicant = $"convocato.{Guid.NewGuid():N}@example.it";
        var id = await DeskPages.FileAsync(desk, DeskPages.ValidIntake("Percorso Partner Srl", applicant));

        var page = await host.SignedInPageAsync(DeskPages.Novain);
        Assert.EndsWith("/partner", page.Url, StringComparison.Ordinal);
        await page.ClickAsync($"tbody a[href='/partner/requests/{id}']");
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync("Richiesta TO-");
        await page.ClickAsync($"a[href='/partner/requests/{id}/accept']");
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync("Accettate la richiesta");
        await page.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(page.Locator("main .alert-success")).ToContainTextAsync("Richiesta accettata");

        // A slot at the desk outside its opening hours is refused with the reason next to the time.
        await page.ClickAsync($"a[href='/partner/requests/{id}/propose-slots']");
        var friday = NextFriday();
        await page.FillAsync("#slot1-date", friday);
        await page.FillAsync("#slot1-time", "15:00");
        await page.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(page.Locator("#form-errors")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#slot1-time-error")).ToContainTextAsync("fuori dagli orari di apertura");
        await Chromium.ShotAsync(page, "partner-journey-slots-refused");

        await page.FillAsync("#slot1-time", "10:00");
        await page.FillAsync("#slot2-date", friday);
        await page.FillAsync("#slot2-time", "15:00");
        await page.ClickAsync("label[for=slot2-place-remote]");
        await page.FillAsync("#slot2-video", "https://videochiamata.example/novain-percorso");
        await page.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(page.Locator("main .alert-success")).ToContainTextAsync("Date inviate al richiedente.");
        await Assertions.Expect(page.Locator("#meeting-title ~ ol li")).ToHaveCountAsync(2);
        await Chromium.ShotAsync(page, "partner-journey-convened");

        // The in-process queue listener delivers the convocation to the applicant.
        var dispatcher = (AcceptingDispatcher)host.Services.GetRequiredService<IOutboxDispatcher>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!dispatcher.Sent.Any(m => m.InstanceId.Value == id && m.Email.Template == "convocation" && m.Email.To == applicant))
        {
            Assert.True(DateTime.UtcNow < deadline, "The convocation was not dispatched within 20 seconds.");
            await Task.Delay(200);
        }
    }

    private static string NextFriday()
    {
        var day = BusinessCalendar.RomeDate(DateTimeOffset.UtcNow).AddDays(2);
        while (day.DayOfWeek != DayOfWeek.Friday || BusinessCalendar.IsHoliday(day))
        {
            day = day.AddDays(1);
        }

        return day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }
}
