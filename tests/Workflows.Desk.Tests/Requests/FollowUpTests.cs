using Workflows.Desk.Email;
using Workflows.Desk.Email.Models;
using Workflows.Desk.Requests;
using Workflows.Steps;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Requests;

public sealed class FollowUpTests
{
    [Fact]
    public void Given_a_late_outcome_when_the_reminder_comes_due_then_the_partner_is_reminded()
    {
        var run = Script.AwaitingOutcome();

        var d = run.Fire(DeskRequestTimers.PartnerReminder(1));

        Assert.True(d.Mail(EmailTemplates.PartnerOutcomeRequest).ModelAs<PartnerOutcomeRequestEmail>().IsReminder);
    }

    [Theory]
    [InlineData(MeetingOutcome.Held)]
    [InlineData(MeetingOutcome.NoShow)]
    public void Given_awaiting_outcome_when_the_partner_records_held_or_no_show_then_follow_up_starts_with_surveys_at_30_and_90_days(MeetingOutcome outcome)
    {
        var run = Script.AwaitingOutcome();
        run.Advance(TimeSpan.FromDays(1));

        var d = run.Accepted(DeskRequestEvents.OutcomeRecorded, new OutcomeReport(run.Token, outcome, "note"));

        Assert.Equal(DeskRequestStep.FollowUp, run.State.Step);
        Assert.Equal("FollowUp", d.CustomStatus);
        Assert.Equal(outcome, run.State.Outcome);
        Assert.False(run.State.InviteActive);
        Assert.Equal(
            [DeskRequestTimers.PartnerReminder(1), DeskRequestTimers.PartnerReminder(2), DeskRequestTimers.PartnerEscalation],
            d.Cancelled());
        Assert.Equal(Rome(2026, 4, 9, 11), d.Scheduled(DeskRequestTimers.Survey(30)).DueAt);
        Assert.Equal(Rome(2026, 6, 8, 11), d.Scheduled(DeskRequestTimers.Survey(90)).DueAt);
        Assert.Equal(TimeSpan.FromDays(30) - TimeSpan.FromHours(1), d.Scheduled(DeskRequestTimers.Survey(30)).DueAt - run.Now);
        var update = d.Mail(EmailTemplates.DeskUpdate).ModelAs<DeskUpdateEmail>();
        Assert.Equal(DeskChange.OutcomeRecorded, update.Change);
        Assert.Equal(outcome.ToString(), update.Note);
        Assert.Equal(string.Empty, d.Tags!["slaDueAt"]);
    }

    [Fact]
    public void Given_awaiting_outcome_when_the_partner_records_rescheduled_then_it_goes_back_to_scheduling()
    {
        var run = Script.AwaitingOutcome();

        var d = run.Accepted(DeskRequestEvents.OutcomeRecorded, new OutcomeReport(run.Token, MeetingOutcome.Rescheduled, "Mancava un documento"));

        Assert.Equal(DeskRequestStep.Scheduling, run.State.Step);
        var model = d.Mail(EmailTemplates.PartnerSlotsRequest).ModelAs<PartnerSlotsRequestEmail>();
        Assert.Equal(SchedulingReason.Rescheduled, model.Reason);
        Assert.Equal("Mancava un documento", model.Note);
    }

    [Fact]
    public void Given_follow_up_then_the_surveys_go_out_at_30_and_90_days_and_the_90_day_answer_closes_the_request()
    {
        var run = Script.FollowUp();

        var first = run.Fire(DeskRequestTimers.Survey(30));
        var survey30 = first.Mail(EmailTemplates.FollowUpSurvey);
        Assert.Equal(ApplicantEmail, survey30.To);
        Assert.Equal(30, survey30.ModelAs<FollowUpSurveyEmail>().Round);
        Assert.Equal([DeskRequestActions.Survey(30)], survey30.Links().Actions);
        Assert.Equal([30], run.State.SurveysSent);

        run.Accepted(DeskRequestEvents.SurveyAnswered, new SurveyAnswer(run.Token, 30, FollowUpProgress.InProgress, 4, "Utile"));
        Assert.Equal(DeskRequestStep.FollowUp, run.State.Step);
        Assert.Equal(new SurveyResponse(30, FollowUpProgress.InProgress, 4, "Utile", run.Now), Assert.Single(run.State.SurveyResponses));

        var second = run.Fire(DeskRequestTimers.Survey(90));
        Assert.Equal(90, second.Mail(EmailTemplates.FollowUpSurvey).ModelAs<FollowUpSurveyEmail>().Round);
        // 90 days after the meeting is Sunday 7 June; 14 days on is Sunday 21 June: the survey stays open until Monday.
        Assert.Equal(Rome(2026, 6, 7, 11), run.Now);
        Assert.Equal(Rome(2026, 6, 22, 11), second.Scheduled(DeskRequestTimers.FollowUpClose).DueAt);

        var closed = run.Accepted(DeskRequestEvents.SurveyAnswered, new SurveyAnswer(run.Token, 90, FollowUpProgress.Achieved, 5));
        Assert.Equal(DeskRequestStep.Closed, run.State.Step);
        Assert.Equal("Closed", closed.CustomStatus);
        Assert.Equal(new Completion(RuntimeStatus.Completed, "closed"), closed.Completion);
        Assert.Equal([DeskRequestTimers.FollowUpClose], closed.Cancelled());
        Assert.Equal(DeskChange.Closed, closed.Mail(EmailTemplates.DeskUpdate).ModelAs<DeskUpdateEmail>().Change);
        Assert.Equal(2, run.State.SurveyResponses.Count);
    }

    [Fact]
    public void Given_the_last_survey_unanswered_when_14_days_pass_then_the_request_closes_anyway()
    {
        var run = Script.FollowUp();
        run.Fire(DeskRequestTimers.Survey(30));
        run.Fire(DeskRequestTimers.Survey(90));

        var d = run.Fire(DeskRequestTimers.FollowUpClose);

        Assert.Equal(DeskRequestStep.Closed, run.State.Step);
        Assert.Equal(new Completion(RuntimeStatus.Completed, "closed"), d.Completion);
    }

    [Fact]
    public void Given_an_applicant_without_email_then_the_survey_goes_to_the_desk()
    {
        var run = Script.FollowUp(Input(applicant: Mario(email: null)));

        var d = run.Fire(DeskRequestTimers.Survey(30));

        Assert.Equal(BuroloDeskEmail, d.Mail(EmailTemplates.FollowUpSurvey).To);
        Assert.True(d.Mail(EmailTemplates.FollowUpSurvey).ModelAs<FollowUpSurveyEmail>().ViaDesk);
    }

    [Fact]
    public void Given_follow_up_then_answers_to_unsent_rounds_repeated_rounds_or_out_of_range_scores_are_rejected()
    {
        var run = Script.FollowUp();
        Assert.True(run.Raise(DeskRequestEvents.SurveyAnswered, new SurveyAnswer(run.Token, 30, FollowUpProgress.InProgress, 4)).IsRejected);

        run.Fire(DeskRequestTimers.Survey(30));
        Assert.True(run.Raise(DeskRequestEvents.SurveyAnswered, new SurveyAnswer(run.Token, 30, FollowUpProgress.InProgress, 0)).IsRejected);
        Assert.True(run.Raise(DeskRequestEvents.SurveyAnswered, new SurveyAnswer(run.Token, 30, FollowUpProgress.InProgress, 6)).IsRejected);
        Assert.True(run.Raise(DeskRequestEvents.SurveyAnswered, new SurveyAnswer(run.Token, 90, FollowUpProgress.InProgress, 3)).IsRejected);

        run.Accepted(DeskRequestEvents.SurveyAnswered, new SurveyAnswer(run.Token, 30, FollowUpProgress.NotStarted, 3));
        Assert.True(run.Raise(DeskRequestEvents.SurveyAnswered, new SurveyAnswer(run.Token, 30, FollowUpProgress.NotStarted, 3)).IsRejected);
        Assert.Single(run.State.SurveyResponses);
    }
}
