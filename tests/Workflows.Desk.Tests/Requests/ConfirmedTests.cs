using Workflows.Desk.Email;
using Workflows.Desk.Email.Models;
using Workflows.Desk.Requests;
using Workflows.Steps;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Requests;

public sealed class ConfirmedTests
{
    [Fact]
    public void Given_a_confirmed_meeting_then_the_applicant_is_reminded_48_and_24_hours_before()
    {
        var run = Script.Confirmed();

        var first = run.Fire(DeskRequestTimers.MeetingReminder48h);
        var second = run.Fire(DeskRequestTimers.MeetingReminder24h);

        Assert.Equal(48, first.Mail(EmailTemplates.MeetingReminder).ModelAs<MeetingReminderEmail>().HoursBefore);
        Assert.Equal(ApplicantEmail, first.Mail(EmailTemplates.MeetingReminder).To);
        Assert.Equal(24, second.Mail(EmailTemplates.MeetingReminder).ModelAs<MeetingReminderEmail>().HoursBefore);
        Assert.Equal(Rome(2026, 3, 8, 10), run.Now);
        Assert.Equal(DeskRequestStep.Confirmed, run.State.Step);
        Assert.Equal([DeskRequestActions.Reschedule, DeskRequestActions.Cancel], second.Mail(EmailTemplates.MeetingReminder).Links().Actions);
    }

    [Fact]
    public void Given_a_confirmed_meeting_when_the_applicant_reschedules_then_the_partner_proposes_again_and_the_invite_sequence_grows()
    {
        var run = Script.Confirmed();
        var confirmedToken = run.Token;

        var reschedule = run.Accepted(DeskRequestEvents.OtherSlotsRequested, new OtherSlotsRequest(confirmedToken, "Quel lunedì non posso"));

        Assert.Equal(DeskRequestStep.Scheduling, run.State.Step);
        Assert.Equal(
            [DeskRequestTimers.MeetingReminder48h, DeskRequestTimers.MeetingReminder24h, DeskRequestTimers.MeetingPassed],
            reschedule.Cancelled().Order(StringComparer.Ordinal).Reverse());
        Assert.Equal(SchedulingReason.ApplicantAskedOtherSlots, reschedule.Mail(EmailTemplates.PartnerSlotsRequest).ModelAs<PartnerSlotsRequestEmail>().Reason);
        Assert.Equal(DeskChange.MeetingCancelled, reschedule.Mail(EmailTemplates.DeskUpdate).ModelAs<DeskUpdateEmail>().Change);
        // The old date leaves both calendars now, before new dates are agreed.
        Assert.Equal([ApplicantEmail, NovainReviewer], reschedule.Mails(EmailTemplates.MeetingCancelled).Select(m => m.To));
        Assert.All(reschedule.Mails(EmailTemplates.MeetingCancelled), m =>
        {
            Assert.True(m.Invite().Cancelled);
            Assert.Equal(1, m.Invite().Sequence);
            Assert.Equal(Script.AtDesk.Start, m.Invite().Start);
            Assert.True(m.ModelAs<MeetingCancelledEmail>().RequestContinues);
        });
        Assert.False(run.State.InviteActive);

        var newSlot = Script.AtDesk with { Start = Rome(2026, 3, 13, 9, 30) };
        var proposal = run.Accepted(DeskRequestEvents.SlotsProposed, new SlotProposal(run.Token, [newSlot]));
        Assert.True(proposal.Mail(EmailTemplates.Convocation).ModelAs<ConvocationEmail>().IsChange);

        var confirm = run.Accepted(DeskRequestEvents.SlotConfirmed, new SlotChoice(run.Token, 1));
        var invite = confirm.Mail(EmailTemplates.MeetingConfirmed).Invite();
        Assert.Equal(2, invite.Sequence);
        Assert.False(invite.Cancelled);
        Assert.Equal(newSlot.Start, invite.Start);
        Assert.Equal($"{DeskRequestRun.Id.Value}.meeting@innovation-desk", invite.Uid);
        Assert.True(confirm.Mail(EmailTemplates.MeetingConfirmed).ModelAs<MeetingConfirmedEmail>().IsChange);
        Assert.Equal(2, confirm.Mail(EmailTemplates.PartnerMeetingConfirmed).Invite().Sequence);
    }

    [Fact]
    public void Given_a_confirmed_meeting_when_the_partner_reschedules_then_the_old_date_is_cancelled_in_both_calendars_and_a_new_convocation_goes_out()
    {
        var run = Script.Confirmed();

        var d = run.Accepted(DeskRequestEvents.SlotsProposed, new SlotProposal(run.Token, [Script.Remote with { Start = Rome(2026, 3, 12, 16) }]));

        Assert.Equal(DeskRequestStep.ConvocationSent, run.State.Step);
        Assert.Equal([ApplicantEmail, NovainReviewer], d.Mails(EmailTemplates.MeetingCancelled).Select(m => m.To));
        Assert.All(d.Mails(EmailTemplates.MeetingCancelled), m => Assert.Equal((true, 1), (m.Invite().Cancelled, m.Invite().Sequence)));
        Assert.True(d.Mails(EmailTemplates.MeetingCancelled)[0].ModelAs<MeetingCancelledEmail>().RequestContinues);
        Assert.Contains(DeskRequestTimers.MeetingPassed, d.Cancelled());
        Assert.True(d.Mail(EmailTemplates.Convocation).ModelAs<ConvocationEmail>().IsChange);
        Assert.Equal(DeskChange.MeetingCancelled, d.Mail(EmailTemplates.DeskUpdate).ModelAs<DeskUpdateEmail>().Change);

        var confirm = run.Accepted(DeskRequestEvents.SlotConfirmed, new SlotChoice(run.Token, 1));
        Assert.Equal(2, confirm.Mail(EmailTemplates.MeetingConfirmed).Invite().Sequence);
    }

    [Fact]
    public void Given_a_confirmed_meeting_when_the_partner_cancels_then_the_applicant_gets_a_CANCEL_and_the_partner_proposes_again()
    {
        var run = Script.Confirmed();

        var d = run.Accepted(DeskRequestEvents.MeetingCancelled, new MeetingCancellation(run.Token, "Relatore malato"));

        Assert.Equal(DeskRequestStep.Scheduling, run.State.Step);
        Assert.False(run.State.InviteActive);
        Assert.Equal(1, run.State.InviteSequence);
        Assert.Equal([ApplicantEmail, NovainReviewer], d.Mails(EmailTemplates.MeetingCancelled).Select(m => m.To));
        var cancel = d.Mails(EmailTemplates.MeetingCancelled)[0];
        Assert.Equal(ApplicantEmail, cancel.To);
        Assert.True(cancel.Invite().Cancelled);
        Assert.Equal(1, cancel.Invite().Sequence);
        var model = cancel.ModelAs<MeetingCancelledEmail>();
        Assert.Equal(MeetingParty.Partner, model.CancelledBy);
        Assert.True(model.RequestContinues);
        Assert.Equal("Relatore malato", model.Reason);
        Assert.Equal(SchedulingReason.MeetingCancelled, d.Mail(EmailTemplates.PartnerSlotsRequest).ModelAs<PartnerSlotsRequestEmail>().Reason);
        Assert.Equal(DeskChange.MeetingCancelled, d.Mail(EmailTemplates.DeskUpdate).ModelAs<DeskUpdateEmail>().Change);

        run.Accepted(DeskRequestEvents.SlotsProposed, new SlotProposal(run.Token, [Script.Remote]));
        var confirm = run.Accepted(DeskRequestEvents.SlotConfirmed, new SlotChoice(run.Token, 1));
        Assert.Equal(2, confirm.Mail(EmailTemplates.MeetingConfirmed).Invite().Sequence);
    }

    [Fact]
    public void Given_a_partner_cancellation_without_reason_then_it_is_rejected()
    {
        var run = Script.Confirmed();

        Assert.True(run.Raise(DeskRequestEvents.MeetingCancelled, new MeetingCancellation(run.Token, "")).IsRejected);
        Assert.Equal(DeskRequestStep.Confirmed, run.State.Step);
    }

    [Fact]
    public void Given_a_confirmed_meeting_when_the_applicant_cancels_then_both_sides_get_a_CANCEL_and_the_request_is_withdrawn()
    {
        var run = Script.Confirmed();

        var d = run.Accepted(DeskRequestEvents.ApplicantWithdrew, new Withdrawal(run.Token, "Ho risolto da solo"));

        Assert.Equal(DeskRequestStep.Withdrawn, run.State.Step);
        Assert.Equal(new Completion(RuntimeStatus.Completed, "withdrawn"), d.Completion);
        Assert.Equal([ApplicantEmail, NovainReviewer], d.Mails(EmailTemplates.MeetingCancelled).Select(m => m.To));
        Assert.All(d.Mails(EmailTemplates.MeetingCancelled), m =>
        {
            Assert.True(m.Invite().Cancelled);
            Assert.Equal(1, m.Invite().Sequence);
            Assert.False(m.ModelAs<MeetingCancelledEmail>().RequestContinues);
            Assert.Equal(MeetingParty.Applicant, m.ModelAs<MeetingCancelledEmail>().CancelledBy);
        });
        Assert.Empty(d.Mails(EmailTemplates.RequestWithdrawn));
        Assert.Empty(d.Mails(EmailTemplates.PartnerNotice));
        Assert.Equal(DeskChange.Withdrawn, d.Mail(EmailTemplates.DeskUpdate).ModelAs<DeskUpdateEmail>().Change);
        Assert.Empty(run.State.Timers);
    }

    [Fact]
    public void Given_a_confirmed_meeting_when_its_time_passes_then_the_partner_is_asked_for_the_outcome()
    {
        var run = Script.Confirmed();

        var d = run.Fire(DeskRequestTimers.MeetingPassed);

        Assert.Equal(Rome(2026, 3, 9, 11), run.Now);
        Assert.Equal(DeskRequestStep.AwaitingOutcome, run.State.Step);
        Assert.Equal("AwaitingOutcome", d.CustomStatus);
        Assert.Equal([DeskRequestTimers.MeetingReminder48h, DeskRequestTimers.MeetingReminder24h], d.Cancelled());
        var mail = d.Mail(EmailTemplates.PartnerOutcomeRequest);
        Assert.Equal(NovainReviewer, mail.To);
        Assert.Equal(
            [DeskRequestActions.OutcomeHeld, DeskRequestActions.OutcomeNoShow, DeskRequestActions.OutcomeRescheduled],
            mail.Links().Actions);
        Assert.Equal(Rome(2026, 3, 11, 11), d.Scheduled(DeskRequestTimers.PartnerReminder(1)).DueAt);
        Assert.Equal(Rome(2026, 3, 16, 11), d.Scheduled(DeskRequestTimers.PartnerEscalation).DueAt);
        Assert.Equal("2026-03-16T10:00:00.0000000Z", d.Tags!["slaDueAt"]);
    }
}
