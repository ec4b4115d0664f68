using Workflows.Desk.Email;
using Workflows.Desk.Email.Models;
using Workflows.Desk.Requests;
using Workflows.Steps;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Requests;

public sealed class WithdrawalTests
{
    public static TheoryData<string> OpenSteps => new()
    {
        nameof(Script.Triage), nameof(Script.Review), nameof(Script.Info), nameof(Script.Scheduling),
        nameof(Script.Convocation), nameof(Script.Confirmed), nameof(Script.AwaitingOutcome), nameof(Script.FollowUp),
    };

    internal static DeskRequestRun At(string step) => step switch
    {
        nameof(Script.Triage) => Script.Triage(),
        nameof(Script.Review) => Script.Review(),
        nameof(Script.Info) => Script.Info(),
        nameof(Script.Scheduling) => Script.Scheduling(),
        nameof(Script.Convocation) => Script.Convocation(),
        nameof(Script.Confirmed) => Script.Confirmed(),
        nameof(Script.AwaitingOutcome) => Script.AwaitingOutcome(),
        _ => Script.FollowUp(),
    };

    [Theory]
    [MemberData(nameof(OpenSteps))]
    public void Given_any_open_step_when_the_applicant_withdraws_then_the_request_completes_withdrawn_with_no_timer_left(string step)
    {
        var run = At(step);
        var pending = run.State.Timers.Select(t => t.Name).ToList();

        var d = run.Accepted(DeskRequestEvents.ApplicantWithdrew, new Withdrawal(run.Token, "Non mi serve più"));

        Assert.Equal(DeskRequestStep.Withdrawn, run.State.Step);
        Assert.Equal("Withdrawn", d.CustomStatus);
        Assert.Equal(new Completion(RuntimeStatus.Completed, "withdrawn"), d.Completion);
        Assert.Equal(pending.Order(StringComparer.Ordinal), d.Cancelled().Order(StringComparer.Ordinal));
        Assert.Empty(d.Scheduled());
        Assert.Equal("Non mi serve più", run.State.WithdrawalReason);
        Assert.Equal(DeskChange.Withdrawn, d.Mail(EmailTemplates.DeskUpdate).ModelAs<DeskUpdateEmail>().Change);
    }

    [Fact]
    public void Given_review_when_the_applicant_withdraws_then_applicant_partner_and_desk_are_told()
    {
        var run = Script.Review();

        var d = run.Accepted(DeskRequestEvents.ApplicantWithdrew, new Withdrawal("s1"));

        Assert.Equal(ApplicantEmail, d.Mail(EmailTemplates.RequestWithdrawn).To);
        var notice = d.Mail(EmailTemplates.PartnerNotice);
        Assert.Equal(NovainReviewer, notice.To);
        Assert.Equal(PartnerNoticeKind.Withdrawn, notice.ModelAs<PartnerNoticeEmail>().Notice);
    }

    [Fact]
    public void Given_a_meeting_in_the_past_when_the_applicant_withdraws_then_no_calendar_cancel_is_sent_but_the_partner_is_told()
    {
        var run = Script.AwaitingOutcome();

        var d = run.Accepted(DeskRequestEvents.ApplicantWithdrew, new Withdrawal(run.Token));

        Assert.Empty(d.Mails(EmailTemplates.MeetingCancelled));
        Assert.Equal(ApplicantEmail, d.Mail(EmailTemplates.RequestWithdrawn).To);
        Assert.Equal(NovainReviewer, d.Mail(EmailTemplates.PartnerNotice).To);
    }

    [Fact]
    public void Given_triage_when_the_applicant_withdraws_then_no_partner_is_told()
    {
        var run = Script.Triage();

        var d = run.Accepted(DeskRequestEvents.ApplicantWithdrew, new Withdrawal(run.Token));

        Assert.Empty(d.Mails(EmailTemplates.PartnerNotice));
    }

    [Fact]
    public void Given_an_applicant_without_email_when_the_desk_withdraws_for_them_then_the_desk_gets_one_confirmation()
    {
        var run = Script.Info(Input(applicant: Mario(email: null)));

        var d = run.Accepted(DeskRequestEvents.ApplicantWithdrew, new Withdrawal(run.Token));

        Assert.Equal([BuroloDeskEmail, NovainReviewer], d.Mails().Select(m => m.To));
        Assert.True(d.Mail(EmailTemplates.RequestWithdrawn).ModelAs<RequestWithdrawnEmail>().ViaDesk);
    }

    [Fact]
    public void Given_a_withdrawn_request_then_every_later_event_and_timer_is_rejected()
    {
        var run = Script.Convocation();
        var expiry = run.DueOf(DeskRequestTimers.ConvocationExpiry);
        run.Accepted(DeskRequestEvents.ApplicantWithdrew, new Withdrawal(run.Token));

        Assert.True(run.Raise(DeskRequestEvents.SlotConfirmed, new SlotChoice(run.Token, 1)).IsRejected);
        Assert.True(run.Raise(DeskRequestEvents.Remind, new ReminderRequest(run.Token)).IsRejected);
        Assert.True(run.FireRaw(DeskRequestTimers.ConvocationExpiry, expiry).IsRejected);
    }
}
