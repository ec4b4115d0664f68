using Workflows.Desk.Calendar;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Requests;

/// <summary>Slots and deadlines follow the calendar of the desk's town hall (issue 11, item 4).</summary>
public sealed class CalendarRulesTests
{
    [Fact]
    public void Given_a_request_at_Perosa_Canavese_when_the_partner_proposes_8_December_at_the_desk_then_it_is_refused_naming_the_Immacolata()
    {
        var input = Catalogue.PrepareRequest(Intake(comune: "001185", desk: "perosa-canavese"), "TO-2026-0148");
        var run = DeskRequestRun.Start(Rome(2026, 11, 30, 10), input);
        run.Accepted(DeskRequestEvents.PartnerAccepted, new PartnerAcceptance(run.Token));

        // Tuesday 8 December 2026, 10:00–11:00: within Perosa Canavese's Tuesday hours, but a public holiday.
        var d = run.Raise(DeskRequestEvents.SlotsProposed, new SlotProposal(run.Token, [new MeetingSlot(Rome(2026, 12, 8, 10), 60, MeetingPlace.AtDesk)]));

        Assert.True(d.IsRejected);
        Assert.Contains("Immacolata Concezione", d.Rejection, StringComparison.Ordinal);
        Assert.Equal(DeskRequestStep.Scheduling, run.State.Step);

        // The same day by video is fine, and so is the desk's next opening, Thursday 10 December.
        run.Accepted(DeskRequestEvents.SlotsProposed, new SlotProposal(run.Token, [
            new MeetingSlot(Rome(2026, 12, 8, 10), 60, MeetingPlace.Remote, Script.VideoUrl),
            new MeetingSlot(Rome(2026, 12, 10, 14), 60, MeetingPlace.AtDesk)]));
    }

    [Fact]
    public void Given_the_desk_comune_patron_day_when_a_slot_at_the_desk_falls_on_it_then_it_is_refused_as_the_patron_day()
    {
        var input = Input();
        input = input with { Desk = input.Desk with { PatronDay = new MonthDay(3, 9) } };
        var run = Script.Scheduling(input);

        var d = run.Raise(DeskRequestEvents.SlotsProposed, new SlotProposal(run.Token, [Script.AtDesk]));

        Assert.True(d.IsRejected);
        Assert.Contains("Patron saint's day", d.Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_desk_closed_for_a_week_when_a_slot_at_the_desk_falls_in_it_then_it_is_refused_naming_the_closure()
    {
        var input = Input();
        input = input with { Desk = input.Desk with { Closures = [new DeskClosure(new(2026, 3, 9), new(2026, 3, 13), "chiusura per lavori")] } };
        var run = Script.Scheduling(input);

        var d = run.Raise(DeskRequestEvents.SlotsProposed, new SlotProposal(run.Token, [Script.AtDesk]));

        Assert.True(d.IsRejected);
        Assert.Contains("chiusura per lavori", d.Rejection, StringComparison.Ordinal);
        Assert.Contains("2026-03-09 to 2026-03-13", d.Rejection, StringComparison.Ordinal);
        Assert.Equal(DeskRequestStep.Scheduling, run.State.Step);

        // By video the same day is fine.
        run.Accepted(DeskRequestEvents.SlotsProposed, new SlotProposal(run.Token, [Script.AtDesk with { Place = MeetingPlace.Remote, VideoUrl = Script.VideoUrl }]));
    }

    [Fact]
    public void Given_a_closure_added_after_the_request_was_filed_when_the_proposal_carries_it_then_the_slot_is_refused()
    {
        var run = Script.Scheduling();
        IReadOnlyList<DeskClosure> now = [new DeskClosure(new(2026, 3, 9), new(2026, 3, 9), "assemblea del personale")];

        var d = run.Raise(DeskRequestEvents.SlotsProposed, new SlotProposal(run.Token, [Script.AtDesk], now));

        Assert.True(d.IsRejected);
        Assert.Contains("assemblea del personale", d.Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_closure_removed_after_the_request_was_filed_when_the_proposal_carries_none_then_the_slot_is_taken_and_the_state_follows()
    {
        var input = Input();
        input = input with { Desk = input.Desk with { Closures = [new DeskClosure(new(2026, 3, 9), new(2026, 3, 9), "assemblea del personale")] } };
        var run = Script.Scheduling(input);

        run.Accepted(DeskRequestEvents.SlotsProposed, new SlotProposal(run.Token, [Script.AtDesk], []));

        Assert.Equal(DeskRequestStep.ConvocationSent, run.State.Step);
        Assert.Empty(run.State.Desk.Closures!);
    }

    [Fact]
    public void Given_a_desk_in_a_comune_with_a_patron_then_the_prepared_request_carries_the_patron_day()
    {
        var input = Catalogue.PrepareRequest(Intake(comune: "006003", desk: "alessandria"), "AL-2026-0001");

        Assert.Equal(new MonthDay(11, 10), input.Desk.PatronDay);
    }

    [Fact]
    public void Given_a_request_filed_on_Saturday_at_04_06_then_the_partner_deadlines_fall_on_business_days_at_09_00()
    {
        var run = Script.Review(at: Rome(2026, 3, 7, 4, 6));

        Assert.Equal(Rome(2026, 3, 10, 9), run.DueOf(DeskRequestTimers.PartnerReminder(1)));
        Assert.Equal(Rome(2026, 3, 12, 9), run.DueOf(DeskRequestTimers.PartnerReminder(2)));
        Assert.Equal(Rome(2026, 3, 13, 9), run.DueOf(DeskRequestTimers.PartnerEscalation));
        Assert.Equal(Rome(2026, 3, 13, 9), run.State.SlaDueAt);
    }

    [Fact]
    public void Given_slots_proposed_at_04_06_when_ten_days_end_on_a_Saturday_then_the_applicant_has_until_Monday_09_00()
    {
        var run = Script.Review(at: Rome(2026, 3, 4, 4, 6));
        run.Accepted(DeskRequestEvents.PartnerAccepted, new PartnerAcceptance(run.Token));

        run.Accepted(DeskRequestEvents.SlotsProposed, new SlotProposal(run.Token, [Script.AtDesk]));

        Assert.Equal(Rome(2026, 3, 16, 9), run.State.ConvocationExpiresAt);
        Assert.Equal(Rome(2026, 3, 16, 9), run.DueOf(DeskRequestTimers.ConvocationExpiry));
        Assert.Equal(Rome(2026, 3, 9, 9), run.DueOf(DeskRequestTimers.ConvocationReminder));
    }
}
