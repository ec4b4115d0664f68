using Workflows.Desk.Email;
using Workflows.Desk.Email.Models;
using Workflows.Desk.Requests;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Requests;

public sealed class CoordinatorTests
{
    [Fact]
    public void Given_triage_when_the_coordinator_assigns_a_partner_then_it_reviews_under_its_deadline()
    {
        var run = Script.Triage();
        run.Advance(TimeSpan.FromHours(3));

        var d = run.Accepted(DeskRequestEvents.TriageAssign, new TriageAssignment(run.Token, "novain", "Provate voi"));

        Assert.Equal(DeskRequestStep.AwaitingPartnerReview, run.State.Step);
        Assert.Equal("novain", run.State.PartnerId);
        Assert.Equal([DeskRequestTimers.TriageReminder], d.Cancelled());
        Assert.Equal(new PartnerAssignment("novain", AssignmentReason.Triage, run.Now, "Provate voi"), Assert.Single(run.State.Assignments));
        var review = d.Mail(EmailTemplates.PartnerReviewRequest).ModelAs<PartnerReviewRequestEmail>();
        Assert.Equal(AssignmentReason.Triage, review.AssignmentReason);
        Assert.Equal(DeskChange.Assigned, d.Mail(EmailTemplates.DeskUpdate).ModelAs<DeskUpdateEmail>().Change);
        Assert.Equal(Rome(2026, 3, 9, 12), d.Scheduled(DeskRequestTimers.PartnerEscalation).DueAt);
        Assert.Equal("novain", d.Tags!["partner"]);
    }

    [Fact]
    public void Given_triage_when_the_coordinator_assigns_an_unknown_partner_then_it_is_rejected()
    {
        var run = Script.Triage();

        Assert.True(run.Raise(DeskRequestEvents.TriageAssign, new TriageAssignment(run.Token, "nessuno")).IsRejected);
    }

    [Fact]
    public void Given_triage_when_nobody_acts_for_2_business_days_then_the_coordinators_are_reminded()
    {
        var run = Script.Triage();

        var d = run.Fire(DeskRequestTimers.TriageReminder);

        Assert.True(d.Mail(EmailTemplates.CoordinatorTriage).ModelAs<CoordinatorTriageEmail>().IsReminder);
        Assert.Equal(Rome(2026, 3, 4), run.Now);
    }

    [Fact]
    public void Given_review_when_the_coordinator_reassigns_then_the_history_is_kept_and_both_partners_are_told()
    {
        var run = Script.Review();

        var d = run.Accepted(DeskRequestEvents.Reassign, new Reassignment(run.Token, "api-torino", "Competenza sui bandi"));

        Assert.Equal("api-torino", run.State.PartnerId);
        Assert.Equal([("novain", AssignmentReason.Routed), ("api-torino", AssignmentReason.Reassigned)], run.State.Assignments.Select(a => (a.PartnerId, a.Reason)));
        Assert.Equal("Competenza sui bandi", run.State.Assignments[^1].Note);
        var notice = d.Mail(EmailTemplates.PartnerNotice);
        Assert.Equal(NovainReviewer, notice.To);
        Assert.Equal(PartnerNoticeKind.Reassigned, notice.ModelAs<PartnerNoticeEmail>().Notice);
        Assert.Equal("sportelli@apito.example", d.Mail(EmailTemplates.PartnerReviewRequest).To);
        Assert.Equal(DeskChange.Assigned, d.Mail(EmailTemplates.DeskUpdate).ModelAs<DeskUpdateEmail>().Change);
        Assert.Equal("s2", run.Token);
    }

    [Fact]
    public void Given_a_confirmed_meeting_when_the_coordinator_reassigns_then_the_applicant_gets_a_CANCEL_from_the_old_partner()
    {
        var run = Script.Confirmed();

        var d = run.Accepted(DeskRequestEvents.Reassign, new Reassignment(run.Token, "api-torino"));

        var cancel = d.Mail(EmailTemplates.MeetingCancelled);
        Assert.Equal(ApplicantEmail, cancel.To);
        Assert.True(cancel.Invite().Cancelled);
        Assert.Equal(NovainReviewer, cancel.Invite().OrganizerEmail);
        Assert.Equal(MeetingParty.Coordinator, cancel.ModelAs<MeetingCancelledEmail>().CancelledBy);
        Assert.True(cancel.ModelAs<MeetingCancelledEmail>().RequestContinues);
        Assert.Equal(DeskRequestStep.AwaitingPartnerReview, run.State.Step);
        Assert.Contains(DeskRequestTimers.MeetingPassed, d.Cancelled());
        Assert.Empty(run.State.ProposedSlots);
    }

    [Theory]
    [InlineData("novain", "the current partner")]
    [InlineData("nessuno", "an unknown partner")]
    public void Given_review_when_reassigning_to_the_current_or_an_unknown_partner_then_it_is_rejected(string partner, string why) =>
        Assert.True(Script.Review().Raise(DeskRequestEvents.Reassign, new Reassignment("s1", partner)).IsRejected, why);

    [Fact]
    public void Given_review_when_the_coordinator_asks_a_reminder_then_the_partner_gets_the_review_mail_again_and_nothing_else_changes()
    {
        var run = Script.Review();
        var before = run.State;

        var d = run.Accepted(DeskRequestEvents.Remind, new ReminderRequest("s1"));

        var mail = d.Mail(EmailTemplates.PartnerReviewRequest);
        Assert.True(mail.ModelAs<PartnerReviewRequestEmail>().IsReminder);
        Assert.Equal("s1", mail.Links().Step);
        Assert.Single(d.Mails());
        Assert.Empty(d.Scheduled());
        Assert.Empty(d.Cancelled());
        Assert.Equal(before.StepNumber, run.State.StepNumber);
        Assert.Equal(before.Timers, run.State.Timers);
    }

    [Theory]
    [InlineData(nameof(Script.Triage), EmailTemplates.CoordinatorTriage)]
    [InlineData(nameof(Script.Info), EmailTemplates.InfoRequest)]
    [InlineData(nameof(Script.Scheduling), EmailTemplates.PartnerSlotsRequest)]
    [InlineData(nameof(Script.Convocation), EmailTemplates.Convocation)]
    [InlineData(nameof(Script.Confirmed), EmailTemplates.MeetingConfirmed)]
    [InlineData(nameof(Script.AwaitingOutcome), EmailTemplates.PartnerOutcomeRequest)]
    public void Given_a_step_when_the_coordinator_asks_a_reminder_then_that_step_mail_is_sent_again(string step, string template)
    {
        var run = WithdrawalTests.At(step);

        var d = run.Accepted(DeskRequestEvents.Remind, new ReminderRequest(run.Token));

        Assert.Equal([template], d.Templates());
        Assert.True(d.Mail(template).Model.GetProperty("isReminder").GetBoolean());
    }

    [Fact]
    public void Given_a_confirmed_meeting_when_reminded_then_the_same_invite_sequence_is_sent_again()
    {
        var run = Script.Confirmed();

        var d = run.Accepted(DeskRequestEvents.Remind, new ReminderRequest(run.Token));

        Assert.Equal(0, d.Mail(EmailTemplates.MeetingConfirmed).Invite().Sequence);
    }

    [Fact]
    public void Given_follow_up_when_reminded_then_only_a_sent_and_unanswered_survey_is_sent_again()
    {
        var run = Script.FollowUp();
        Assert.True(run.Raise(DeskRequestEvents.Remind, new ReminderRequest(run.Token)).IsRejected);

        run.Fire(DeskRequestTimers.Survey(30));
        var d = run.Accepted(DeskRequestEvents.Remind, new ReminderRequest(run.Token));

        var survey = d.Mail(EmailTemplates.FollowUpSurvey).ModelAs<FollowUpSurveyEmail>();
        Assert.Equal(30, survey.Round);
        Assert.True(survey.IsReminder);
    }
}
