using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflows.Desk.Calendar;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Steps;
using Workflows.Host.Tests;

namespace Workflows.E2E;

/// <summary>
/// A newcomer plays the partner and the applicant from the local mailbox in a real browser: opens the partner's
/// mail, clicks its button inside the mail preview, confirms on the page, proposes a date, and the applicant
/// confirms it from the convocation. Screenshots of every page go to TestResults/screenshots.
/// </summary>
public sealed class MailboxJourneyTests(MailboxHost host) : IClassFixture<MailboxHost>
{
    // Mails are found by the code in their subject, so each request of the run gets its own (clear of the desk form's
    // sequence, which starts at 1).
    private static int _lastCode = 9000;

    [Fact]
    public async Task Given_the_local_mailbox_when_the_partner_and_the_applicant_act_from_their_mails_then_the_appointment_is_confirmed()
    {
        var (id, code) = await FileRequestAsync();
        var page = await host.NewPageAsync();

        // The partner's mail, and its first button clicked inside the preview.
        await OpenMailAsync(page, code, "Richiesta da esaminare (partner)");
        await AssertLaidOutAsync(page);
        await Chromium.ShotAsync(page, "01-partner-mail");
        await page.FrameLocator("iframe.site-mail-frame").GetByRole(AriaRole.Link, new() { Name = "Accetto la richiesta" }).ClickAsync();
        await Expect(page.Locator("main h1"), "Accettate la richiesta");
        Assert.Contains("/link/", page.Url, StringComparison.Ordinal);
        await AssertLaidOutAsync(page);
        await Chromium.ShotAsync(page, "02-accept-confirmation");
        await page.GetByLabel("Nota per lo sportello (facoltativa)").FillAsync("Lo seguirà l'ing. Bertolino.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accetto la richiesta" }).ClickAsync();
        await Expect(page.Locator("main h1"), "Fatto");
        Assert.Contains("Hai accettato la richiesta", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertLaidOutAsync(page);
        await Chromium.ShotAsync(page, "03-accept-done");

        // Back to the mailbox: the partner proposes a date at the desk, within its opening hours.
        await page.GetByRole(AriaRole.Link, new() { Name = "Torna alla casella di posta locale" }).ClickAsync();
        await OpenMailAsync(page, code, "Date da proporre (partner)");
        await page.Locator(".site-mail-buttons").GetByRole(AriaRole.Link, new() { Name = "Propongo le date" }).ClickAsync();
        await Expect(page.Locator("main h1"), "Proponete le date dell'incontro");
        var slot = NextOpening(DayOfWeek.Monday, DayOfWeek.Friday);
        await page.Locator("#slot1-date").FillAsync(BusinessCalendar.ToRome(slot).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#slot1-time").FillAsync("10:00");
        await page.Locator("#slot1-minutes").FillAsync("60");
        await AssertLaidOutAsync(page);
        await Chromium.ShotAsync(page, "04-propose-slots");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invio le date" }).ClickAsync();
        await Expect(page.Locator("main h1"), "Fatto");

        // The applicant confirms the date from the convocation.
        await page.GotoAsync("/mailbox");
        await OpenMailAsync(page, code, "Convocazione");
        await Chromium.ShotAsync(page, "05-convocation");
        await page.FrameLocator("iframe.site-mail-frame").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Scelgo la data 1") }).ClickAsync();
        await Expect(page.Locator("main h1"), "Conferma l'appuntamento");
        var confirmation = await page.Locator("main").InnerTextAsync();
        Assert.Contains(BusinessCalendar.ToRome(slot).ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("it")) + ", 10:00–11:00", confirmation, StringComparison.Ordinal);
        Assert.Contains("Via Roma 2, Burolo", confirmation, StringComparison.Ordinal);
        await AssertLaidOutAsync(page);
        await Chromium.ShotAsync(page, "06-confirm-slot");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confermo questa data" }).ClickAsync();
        await Expect(page.Locator("main h1"), "Fatto");
        await Chromium.ShotAsync(page, "07-confirm-done");

        // The confirmation arrives with its calendar invite.
        await page.GotoAsync("/mailbox");
        await OpenMailAsync(page, code, "Appuntamento confermato");
        Assert.Equal(1, await page.Locator("a[download]").CountAsync());
        await Chromium.ShotAsync(page, "08-meeting-confirmed");
        await page.GotoAsync("/mailbox");
        await AssertLaidOutAsync(page);
        await Chromium.ShotAsync(page, "09-mailbox");

        var state = (await host.Queries.GetInstanceAsync(id, includeTimeline: false))!;
        Assert.Equal("Confirmed", state.CustomStatus);
    }

    [Fact]
    public async Task Given_a_used_link_when_opened_again_on_a_phone_then_a_clear_page_says_the_request_moved_on()
    {
        var (_, code) = await FileRequestAsync();
        var page = await host.NewPageAsync(390, 844);
        await OpenMailAsync(page, code, "Richiesta da esaminare (partner)");
        var accept = await page.Locator(".site-mail-buttons a").First.GetAttributeAsync("href");
        await page.GotoAsync(accept!);
        await AssertLaidOutAsync(page);
        await Chromium.ShotAsync(page, "10-phone-accept");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accetto la richiesta" }).ClickAsync();
        await Expect(page.Locator("main h1"), "Fatto");

        var response = await page.GotoAsync(accept!);

        Assert.Equal(409, response!.Status);
        await Expect(page.Locator("main h1"), "Questa azione non è più disponibile");
        Assert.Contains(code, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AssertLaidOutAsync(page);
        await Chromium.ShotAsync(page, "11-phone-moved-on");
    }

    [Fact]
    public async Task Given_a_decline_without_reason_then_the_error_summary_has_the_focus_and_leads_to_the_field()
    {
        var (id, code) = await FileRequestAsync();
        var page = await host.NewPageAsync();
        await OpenMailAsync(page, code, "Richiesta da esaminare (partner)");
        await page.Locator(".site-mail-buttons").GetByRole(AriaRole.Link, new() { Name = "Non posso prenderla in carico" }).ClickAsync();
        await Expect(page.Locator("main h1"), "Non potete prendere in carico la richiesta");

        await page.GetByRole(AriaRole.Button, new() { Name = "Confermo: non posso prenderla in carico" }).ClickAsync();

        await Expect(page.Locator("#form-errors"), "Indica il motivo.", exact: false);
        Assert.Equal("form-errors", await page.EvaluateAsync<string>("document.activeElement.id"));
        await AssertLaidOutAsync(page);
        await Chromium.ShotAsync(page, "12-decline-error");
        await page.Locator("#form-errors a").ClickAsync();
        Assert.Equal("reason", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Locator("#reason").FillAsync("Non trattiamo brevetti agroalimentari: meglio la Camera di commercio.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confermo: non posso prenderla in carico" }).ClickAsync();
        await Expect(page.Locator("main h1"), "Fatto");
        Assert.Equal("Declined", (await host.Queries.GetInstanceAsync(id, includeTimeline: false))!.CustomStatus);
    }

    private async Task<(InstanceId Id, string Code)> FileRequestAsync()
    {
        var code = RequestCodes.Format("TO", 2026, Interlocked.Increment(ref _lastCode));
        var intake = new DeskIntake(
            "burolo",
            "001042",
            new Applicant(ApplicantKind.YoungPerson, "Giulia Rossi", "giulia.rossi@example.org", null),
            Category.InnovationPatent,
            "Vorrei brevettare un essiccatoio per nocciole che usa il calore di scarto del forno del paese.",
            ContactMode.AtDesk,
            new PrivacyConsent("2026-01", DateTimeOffset.UtcNow));
        var started = await host.Commands.StartAsync(DeskRequestWorkflow.WorkflowName, DemoDirectory.Create().PrepareRequest(intake, code));
        Assert.Null(started.Rejection);
        return (started.InstanceId, code);
    }

    /// <summary>Opens the mailbox until the mail of <paramref name="code"/> of that kind has arrived (the queue listener sends it), then opens it.</summary>
    private static async Task OpenMailAsync(IPage page, string code, string kind)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            await page.GotoAsync("/mailbox");
            var row = page.Locator("table.site-mailbox tbody tr").Filter(new() { HasText = code }).Filter(new() { HasText = kind });
            if (await row.CountAsync() > 0)
            {
                await row.First.Locator("a").ClickAsync();
                await Expect(page.Locator("main h1"), $"[{code}]", exact: false);
                return;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"No '{kind}' mail for {code} arrived in the mailbox.");
    }

    /// <summary>The page's content ends above the footer (a stretched box once pushed the form under it).</summary>
    private static async Task AssertLaidOutAsync(IPage page)
    {
        var overlaps = await page.EvaluateAsync<string[]>(
            "(() => { const top = document.querySelector('footer').getBoundingClientRect().top; " +
            "return [...document.querySelectorAll('main *')].filter(e => e.checkVisibility() && e.getBoundingClientRect().bottom > top + 1)" +
            ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().bottom) + '>' + Math.round(top)); })()");
        Assert.True(overlaps.Length == 0, "These reach below the footer: " + string.Join(", ", overlaps));
        var sideways = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(sideways, "The page scrolls sideways.");
    }

    /// <summary>Waits (retrying, as pages navigate) until <paramref name="locator"/> has the text.</summary>
    private static Task Expect(ILocator locator, string text, bool exact = true) => exact
        ? Assertions.Expect(locator).ToHaveTextAsync(text)
        : Assertions.Expect(locator).ToContainTextAsync(text);

    private static DateTimeOffset NextOpening(params DayOfWeek[] days)
    {
        var date = BusinessCalendar.RomeDate(DateTimeOffset.UtcNow).AddDays(2);
        while (!days.Contains(date.DayOfWeek) || BusinessCalendar.IsHoliday(date))
        {
            date = date.AddDays(1);
        }

        return BusinessCalendar.AtRome(date, new TimeOnly(10, 0));
    }
}
