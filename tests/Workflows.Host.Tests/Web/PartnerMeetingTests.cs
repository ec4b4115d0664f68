using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Desk.Requests;
using Workflows.Steps;

namespace Workflows.Host.Tests.Web;

/// <summary>
/// Confirmed meetings, outcomes and overdue work: these move the clock days ahead, so they run on a host of their own
/// instead of the shared one.
/// </summary>
public sealed class PartnerMeetingTests : IAsyncLifetime
{
    private readonly WebFixture _web = new();

    public Task InitializeAsync() => _web.InitializeAsync();

    public Task DisposeAsync() => _web.DisposeAsync();

    [Fact]
    public async Task Given_a_confirmed_meeting_then_the_partner_may_move_or_cancel_it_and_a_cancellation_needs_a_reason()
    {
        var (novain, id) = await ConfirmedMeetingAsync("Annullamento Srl");

        var page = await WebFixture.GetPageAsync(novain, $"/partner/requests/{id}");
        var missing = await DeskPages.PageOf(await DeskPages.ActAsync(novain, id, "partner-cancel", new() { ["Reason"] = "" }));
        var cancelled = await DeskPages.ActAsync(novain, id, "partner-cancel", new() { ["Reason"] = "Il consulente è malato." });

        Assert.Equal(
            [$"/partner/requests/{id}/partner-reschedule", $"/partner/requests/{id}/partner-cancel"],
            page.QuerySelectorAll("#actions-title ~ ul a").Select(a => a.GetAttribute("href")));
        Assert.Contains("Appuntamento confermato", page.QuerySelector("#meeting-title")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Scrivete perché l'appuntamento viene annullato.", missing.QuerySelector("#reason-error")?.TextContent);
        Assert.Equal($"/partner/requests/{id}", cancelled.Headers.Location?.OriginalString);
        Assert.Equal(DeskRequestStep.Scheduling, (await StateAsync(id)).Step);
    }

    [Fact]
    public async Task Given_a_confirmed_meeting_when_the_partner_reschedules_then_the_applicant_gets_new_dates()
    {
        var (novain, id) = await ConfirmedMeetingAsync("Spostamento Srl");
        var (date, _) = DeskPages.NextFriday(_web.Clock.GetUtcNow().AddDays(7));

        var response = await DeskPages.ActAsync(novain, id, "partner-reschedule", new()
        {
            ["Slots[0].Date"] = date, ["Slots[0].Time"] = "11:00", ["Slots[0].Duration"] = "60", ["Slots[0].Place"] = "AtDesk",
        });

        Assert.Equal($"/partner/requests/{id}", response.Headers.Location?.OriginalString);
        var state = await StateAsync(id);
        Assert.Equal(DeskRequestStep.ConvocationSent, state.Step);
        Assert.Single(state.ProposedSlots);
    }

    [Fact]
    public async Task Given_days_passing_then_the_inbox_puts_overdue_work_first_clearly_marked_and_the_outcome_can_be_recorded()
    {
        var (novain, met) = await ConfirmedMeetingAsync("Incontro Svolto Srl");
        var desk = await _web.SignedInClientAsync(DeskPages.BuroloDesk);
        var waiting = await DeskPages.FileAsync(desk, DeskPages.ValidIntake("In Ritardo Srl"));

        // Eight days later: the meeting is over and the untouched request is past its five business days.
        _web.Clock.Advance(TimeSpan.FromDays(8));
        await DeskPages.DrainWorkQueueAsync(_web);
        novain = await _web.SignedInClientAsync(DeskPages.Novain);
        var inbox = await WebFixture.GetPageAsync(novain, "/partner");

        var rows = inbox.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal($"/partner/requests/{waiting}", rows[0].QuerySelector("th a")?.GetAttribute("href"));
        Assert.Equal("site-row-overdue", rows[0].GetAttribute("class"));
        Assert.Contains("Scaduta", rows[0].QuerySelector(".site-badge-sla")?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/partner/requests/{met}", rows[1].QuerySelector("th a")?.GetAttribute("href"));
        Assert.Null(rows[1].QuerySelector(".site-badge-sla"));
        Assert.Contains("In attesa dell'esito", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Una richiesta ha la scadenza superata", inbox.QuerySelector("main .alert-danger")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(DeskRequestStep.AwaitingOutcome, (await StateAsync(met)).Step);

        var missing = await DeskPages.PageOf(await DeskPages.ActAsync(novain, met, "outcome", new() { ["Notes"] = "Nota" }));
        var recorded = await DeskPages.ActAsync(novain, met, "outcome", new() { ["Outcome"] = "Held", ["Notes"] = "Depositata la domanda di brevetto." });
        var page = await WebFixture.GetPageAsync(novain, $"/partner/requests/{met}");

        Assert.Equal("Scegliete com'è andato l'incontro.", missing.QuerySelector("#outcome-Held-error")?.TextContent);
        Assert.Equal($"/partner/requests/{met}", recorded.Headers.Location?.OriginalString);
        var state = await StateAsync(met);
        Assert.Equal(DeskRequestStep.FollowUp, state.Step);
        Assert.Equal(MeetingOutcome.Held, state.Outcome);
        Assert.Contains("Esito dell'incontro: incontro svolto", page.QuerySelector(".site-timeline")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Depositata la domanda di brevetto.", page.QuerySelector(".site-timeline")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("L'ora dell'incontro è passata", page.QuerySelector(".site-timeline")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_desk_closure_added_after_the_request_was_filed_then_the_partner_page_refuses_a_slot_in_it_naming_it_and_nothing_moves()
    {
        var desk = await _web.SignedInClientAsync(DeskPages.BuroloDesk);
        var novain = await _web.SignedInClientAsync(DeskPages.Novain);
        var id = await DeskPages.FileAsync(desk, DeskPages.ValidIntake("Chiusura Srl"));
        Assert.Equal(HttpStatusCode.Redirect, (await DeskPages.ActAsync(novain, id, "accept")).StatusCode);
        var (date, time) = DeskPages.NextFriday(_web.Clock.GetUtcNow());
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var registry = _web.Services.GetRequiredService<Workflows.Host.Anagrafica.NetworkRegistry>();
        var burolo = registry.Current.Directory.FindDesk("burolo")!;
        var saved = await registry.SaveDeskAsync(burolo with { Closures = [new(day, day.AddDays(7), "chiusura per trasloco")] }, "test", CancellationToken.None);
        Assert.True(saved.Saved);

        var refused = await DeskPages.PageOf(await DeskPages.ActAsync(novain, id, "propose-slots", new()
        {
            ["Slots[0].Date"] = date, ["Slots[0].Time"] = time, ["Slots[0].Duration"] = "60", ["Slots[0].Place"] = "AtDesk",
        }));

        Assert.Contains("lo sportello è chiuso (chiusura per trasloco", refused.QuerySelector("#slot1-date-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(DeskRequestStep.Scheduling, (await StateAsync(id)).Step);

        // Once the coordinator takes the closure away, the same date is taken.
        Assert.True((await registry.SaveDeskAsync(burolo, "test", CancellationToken.None)).Saved);
        Assert.Equal(HttpStatusCode.Redirect, (await DeskPages.ActAsync(novain, id, "propose-slots", new()
        {
            ["Slots[0].Date"] = date, ["Slots[0].Time"] = time, ["Slots[0].Duration"] = "60", ["Slots[0].Place"] = "AtDesk",
        })).StatusCode);
        Assert.Equal(DeskRequestStep.ConvocationSent, (await StateAsync(id)).Step);
    }

    [Fact]
    public async Task Given_an_overdue_request_then_the_desk_list_marks_it_too()
    {
        var desk = await _web.SignedInClientAsync(DeskPages.BuroloDesk);
        var id = await DeskPages.FileAsync(desk, DeskPages.ValidIntake("Ritardo Visto Dallo Sportello Srl"));

        _web.Clock.Advance(TimeSpan.FromDays(10));
        desk = await _web.SignedInClientAsync(DeskPages.BuroloDesk);
        var list = await WebFixture.GetPageAsync(desk, "/desk");

        var row = list.QuerySelector($"tbody a[href='/desk/requests/{id}']")!.Closest("tr")!;
        Assert.Equal("Scaduta", row.QuerySelector(".site-badge-sla")?.TextContent);
    }

    private async Task<(HttpClient Novain, string Id)> ConfirmedMeetingAsync(string applicant)
    {
        var desk = await _web.SignedInClientAsync(DeskPages.BuroloDesk);
        var novain = await _web.SignedInClientAsync(DeskPages.Novain);
        var id = await DeskPages.FileAsync(desk, DeskPages.ValidIntake(applicant));
        Assert.Equal(HttpStatusCode.Redirect, (await DeskPages.ActAsync(novain, id, "accept")).StatusCode);
        var (date, time) = DeskPages.NextFriday(_web.Clock.GetUtcNow());
        Assert.Equal(HttpStatusCode.Redirect, (await DeskPages.ActAsync(novain, id, "propose-slots", new()
        {
            ["Slots[0].Date"] = date, ["Slots[0].Time"] = time, ["Slots[0].Duration"] = "60", ["Slots[0].Place"] = "AtDesk",
        })).StatusCode);

        // The applicant confirms from the convocation's link.
        var confirmed = await _web.Commands.RaiseEventAsync(
            InstanceId.Parse(id), DeskRequestEvents.SlotConfirmed, new SlotChoice((await StateAsync(id)).StepToken, 1));
        Assert.True(confirmed.Applied, confirmed.Reason);
        return (novain, id);
    }

    private async Task<DeskRequestState> StateAsync(string id)
    {
        var instance = await _web.Queries.GetInstanceAsync(InstanceId.Parse(id), includeTimeline: false);
        return instance!.State!.Value.Deserialize<DeskRequestState>(WorkflowJson.Options)!;
    }
}
