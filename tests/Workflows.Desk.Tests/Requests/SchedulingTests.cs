using Workflows.Desk.Email;
using Workflows.Desk.Email.Models;
using Workflows.Desk.Requests;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Requests;

public sealed class SchedulingTests
{
    [Fact]
    public void Given_scheduling_when_the_partner_proposes_slots_then_the_applicant_is_convened_with_one_button_per_slot()
    {
        var run = Script.Scheduling();

        var d = run.Accepted(DeskRequestEvents.SlotsProposed, new SlotProposal("s2", [Script.Remote, Script.AtDesk]));

        Assert.Equal(DeskRequestStep.ConvocationSent, run.State.Step);
        Assert.Equal("ConvocationSent", d.CustomStatus);
        Assert.Equal("s3", run.Token);
        Assert.Equal([Script.AtDesk, Script.Remote], run.State.ProposedSlots);
        var mail = d.Mail(EmailTemplates.Convocation);
        Assert.Equal(ApplicantEmail, mail.To);
        var model = mail.ModelAs<ConvocationEmail>();
        Assert.Equal(["confirm-1", "confirm-2", DeskRequestActions.OtherSlots, DeskRequestActions.Withdraw], model.Links.Actions);
        Assert.Equal("s3", model.Links.Step);
        Assert.Equal(Rome(2026, 3, 12), model.ExpiresAt);
        Assert.Equal(model.ExpiresAt, model.Links.ExpiresAt);
        Assert.Equal("Via Roma 2, Burolo", model.DeskAddress);
        Assert.False(model.IsChange);
        Assert.Equal(2, model.Slots.Count);
        Assert.Equal(
            [DeskRequestTimers.PartnerReminder(1), DeskRequestTimers.PartnerReminder(2), DeskRequestTimers.PartnerEscalation],
            d.Cancelled());
        Assert.Equal(Rome(2026, 3, 5), d.Scheduled(DeskRequestTimers.ConvocationReminder).DueAt);
        Assert.Equal(Rome(2026, 3, 12), d.Scheduled(DeskRequestTimers.ConvocationExpiry).DueAt);
        Assert.Equal(string.Empty, d.Tags!["slaDueAt"]);
    }

    public static TheoryData<string, MeetingSlot[]> BadProposals => new()
    {
        { "no slot", [] },
        { "four slots", [Script.AtDesk, Script.Remote, Script.AtDesk with { Start = Rome(2026, 3, 13, 9) }, Script.Remote with { Start = Rome(2026, 3, 11, 17) }] },
        { "in the past", [Script.AtDesk with { Start = Rome(2026, 3, 2, 8) }] },
        { "outside office hours", [Script.AtDesk with { Start = Rome(2026, 3, 10, 10) }] },
        { "ending after closing", [Script.AtDesk with { Start = Rome(2026, 3, 9, 12), DurationMinutes = 60 }] },
        { "remote without link", [Script.Remote with { VideoUrl = null }] },
        { "remote with a script link", [Script.Remote with { VideoUrl = "javascript:alert(1)" }] },
        { "five minutes", [Script.Remote with { DurationMinutes = 5 }] },
        { "a whole day", [Script.Remote with { DurationMinutes = 600 }] },
        { "twice the same start", [Script.Remote, Script.Remote] },
        { "unknown place", [Script.Remote with { Place = (MeetingPlace)7 }] },
    };

    [Theory]
    [MemberData(nameof(BadProposals))]
    public void Given_an_invalid_proposal_then_it_is_rejected_and_scheduling_goes_on(string why, MeetingSlot[] slots)
    {
        var run = Script.Scheduling();

        var d = run.Raise(DeskRequestEvents.SlotsProposed, new SlotProposal("s2", slots));

        Assert.True(d.IsRejected, why);
        Assert.Equal(DeskRequestStep.Scheduling, run.State.Step);
    }

    [Fact]
    public void Given_an_at_desk_slot_then_any_video_link_is_dropped()
    {
        var run = Script.Convocation(null, Script.AtDesk with { VideoUrl = "https://meet.example/x" });

        Assert.Null(Assert.Single(run.State.ProposedSlots).VideoUrl);
    }

    [Fact]
    public void Given_a_convocation_when_3_days_pass_then_the_applicant_is_reminded()
    {
        var run = Script.Convocation();

        var d = run.Fire(DeskRequestTimers.ConvocationReminder);

        var model = d.Mail(EmailTemplates.Convocation).ModelAs<ConvocationEmail>();
        Assert.True(model.IsReminder);
        Assert.Equal("s3", model.Links.Step);
        Assert.Equal(DeskRequestStep.ConvocationSent, run.State.Step);
    }

    [Fact]
    public void Given_a_convocation_when_10_days_pass_unanswered_then_it_goes_back_to_the_partner()
    {
        var run = Script.Convocation(null, Script.Remote with { Start = Rome(2026, 3, 20, 15) });
        run.Fire(DeskRequestTimers.ConvocationReminder);

        var d = run.Fire(DeskRequestTimers.ConvocationExpiry);

        Assert.Equal(Rome(2026, 3, 12), run.Now);
        Assert.Equal(DeskRequestStep.Scheduling, run.State.Step);
        Assert.Equal("s4", run.Token);
        Assert.Equal(SchedulingReason.ConvocationExpired, run.State.SchedulingReason);
        var mail = d.Mail(EmailTemplates.PartnerSlotsRequest);
        Assert.Equal(NovainReviewer, mail.To);
        Assert.Equal(SchedulingReason.ConvocationExpired, mail.ModelAs<PartnerSlotsRequestEmail>().Reason);
        Assert.Equal(Rome(2026, 3, 19), d.Scheduled(DeskRequestTimers.PartnerEscalation).DueAt);
    }

    [Fact]
    public void Given_a_convocation_expiring_after_the_October_clock_change_then_it_expires_at_the_same_local_time_on_the_next_business_day()
    {
        var start = new DateTimeOffset(2026, 10, 22, 15, 0, 0, TimeSpan.FromHours(2));
        var run = Script.Review(at: start);
        run.Accepted(DeskRequestEvents.PartnerAccepted, new PartnerAcceptance(run.Token));

        var d = run.Accepted(
            DeskRequestEvents.SlotsProposed,
            new SlotProposal(run.Token, [Script.Remote with { Start = new DateTimeOffset(2026, 11, 3, 15, 0, 0, TimeSpan.FromHours(1)) }]));

        // Ten days on is Sunday 1 November (Ognissanti), three days on Sunday 25 October: both move to the Monday.
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 15, 0, 0, TimeSpan.FromHours(1)), d.Scheduled(DeskRequestTimers.ConvocationExpiry).DueAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 15, 0, 0, TimeSpan.FromHours(1)), d.Scheduled(DeskRequestTimers.ConvocationReminder).DueAt);
    }

    [Fact]
    public void Given_a_convocation_when_the_applicant_asks_for_other_slots_then_the_partner_is_asked_with_the_note()
    {
        var run = Script.Convocation();

        var d = run.Accepted(DeskRequestEvents.OtherSlotsRequested, new OtherSlotsRequest("s3", "Solo il pomeriggio"));

        Assert.Equal(DeskRequestStep.Scheduling, run.State.Step);
        Assert.Equal([DeskRequestTimers.ConvocationReminder, DeskRequestTimers.ConvocationExpiry], d.Cancelled());
        var model = d.Mail(EmailTemplates.PartnerSlotsRequest).ModelAs<PartnerSlotsRequestEmail>();
        Assert.Equal(SchedulingReason.ApplicantAskedOtherSlots, model.Reason);
        Assert.Equal("Solo il pomeriggio", model.Note);
        Assert.Empty(d.Mails(EmailTemplates.DeskUpdate));
    }

    [Fact]
    public void Given_a_convocation_when_the_applicant_confirms_a_slot_at_the_desk_then_the_meeting_is_confirmed_with_an_invite()
    {
        var run = Script.Convocation();
        run.Advance(TimeSpan.FromHours(5));

        var d = run.Accepted(DeskRequestEvents.SlotConfirmed, new SlotChoice("s3", 1));

        Assert.Equal(DeskRequestStep.Confirmed, run.State.Step);
        Assert.Equal("Confirmed", d.CustomStatus);
        Assert.Equal(Script.AtDesk, run.State.Meeting);
        Assert.Equal(0, run.State.InviteSequence);
        Assert.True(run.State.InviteActive);
        Assert.Equal([DeskRequestTimers.ConvocationReminder, DeskRequestTimers.ConvocationExpiry], d.Cancelled());
        Assert.Equal(Rome(2026, 3, 7, 10), d.Scheduled(DeskRequestTimers.MeetingReminder48h).DueAt);
        Assert.Equal(Rome(2026, 3, 8, 10), d.Scheduled(DeskRequestTimers.MeetingReminder24h).DueAt);
        Assert.Equal(Rome(2026, 3, 9, 11), d.Scheduled(DeskRequestTimers.MeetingPassed).DueAt);

        var applicant = d.Mail(EmailTemplates.MeetingConfirmed);
        Assert.Equal(ApplicantEmail, applicant.To);
        var invite = applicant.Invite();
        Assert.Equal($"{DeskRequestRun.Id.Value}.meeting@innovation-desk", invite.Uid);
        Assert.Equal(0, invite.Sequence);
        Assert.False(invite.Cancelled);
        Assert.Equal(Script.AtDesk.Start, invite.Start);
        Assert.Equal(Script.AtDesk.End, invite.End);
        Assert.Equal("Sportello per l'innovazione di Burolo, Via Roma 2, Burolo", invite.Location);
        Assert.Null(invite.VideoUrl);
        Assert.Equal(NovainReviewer, invite.OrganizerEmail);
        Assert.Equal(ApplicantEmail, invite.AttendeeEmail);
        Assert.Contains("TO-2026-0042", invite.Summary, StringComparison.Ordinal);
        Assert.Equal([DeskRequestActions.Reschedule, DeskRequestActions.Cancel], applicant.Links().Actions);
        Assert.Equal(Script.AtDesk.Start, applicant.Links().ExpiresAt);

        var partner = d.Mail(EmailTemplates.PartnerMeetingConfirmed);
        Assert.Equal(NovainReviewer, partner.To);
        Assert.Equal(invite.Uid, partner.Invite().Uid);
        Assert.Equal([DeskRequestActions.PartnerReschedule, DeskRequestActions.PartnerCancel], partner.Links().Actions);
        Assert.Equal(DeskChange.MeetingConfirmed, d.Mail(EmailTemplates.DeskUpdate).ModelAs<DeskUpdateEmail>().Change);
    }

    [Fact]
    public void Given_a_remote_slot_when_confirmed_then_the_invite_carries_the_video_link_and_no_location()
    {
        var run = Script.Confirmed(slot: 2);

        var invite = run.Last.Mail(EmailTemplates.MeetingConfirmed).Invite();
        Assert.Null(invite.Location);
        Assert.Equal(Script.VideoUrl, invite.VideoUrl);
    }

    [Fact]
    public void Given_an_applicant_without_email_when_a_slot_is_confirmed_then_the_desk_gets_the_invite_once()
    {
        var run = Script.Confirmed(Input(applicant: Mario(email: null)));

        var d = run.Last;
        Assert.Equal(BuroloDeskEmail, d.Mail(EmailTemplates.MeetingConfirmed).To);
        Assert.Equal(BuroloDeskEmail, d.Mail(EmailTemplates.MeetingConfirmed).Invite().AttendeeEmail);
        Assert.Empty(d.Mails(EmailTemplates.DeskUpdate));
    }

    [Fact]
    public void Given_a_meeting_less_than_48_hours_away_when_confirmed_then_only_the_24_hour_reminder_is_scheduled()
    {
        var soon = Script.Remote with { Start = Rome(2026, 3, 3, 15) };
        var run = Script.Convocation(null, soon);

        var d = run.Accepted(DeskRequestEvents.SlotConfirmed, new SlotChoice(run.Token, 1));

        Assert.DoesNotContain(d.Scheduled(), t => t.Name == DeskRequestTimers.MeetingReminder48h);
        Assert.Equal(Rome(2026, 3, 2, 15), d.Scheduled(DeskRequestTimers.MeetingReminder24h).DueAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Given_a_convocation_of_two_slots_when_a_missing_slot_is_chosen_then_it_is_rejected(int slot)
    {
        var run = Script.Convocation();

        Assert.True(run.Raise(DeskRequestEvents.SlotConfirmed, new SlotChoice("s3", slot)).IsRejected);
    }

    [Fact]
    public void Given_a_slot_that_has_passed_when_it_is_chosen_then_it_is_rejected_but_a_later_one_can_be()
    {
        var run = Script.Convocation();
        run.Advance(TimeSpan.FromDays(8));

        Assert.True(run.Raise(DeskRequestEvents.SlotConfirmed, new SlotChoice("s3", 1)).IsRejected);
        run.Accepted(DeskRequestEvents.SlotConfirmed, new SlotChoice("s3", 2));
        Assert.Equal(Script.Remote, run.State.Meeting);
    }
}
