using Workflows.Desk.Email;
using Workflows.Desk.Email.Models;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Steps;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Requests;

public sealed class PartnerReviewTests
{
    private static readonly Partner Alfa = Partner("alfa", comuni: [BuroloIstat], provinces: []);
    private static readonly Partner Beta = Partner("beta");

    private static DeskRequestInput TwoPartners() => Input(partners: _ => [Beta, Alfa]);

    [Fact]
    public void Given_review_when_the_partner_accepts_then_scheduling_starts_with_a_new_step_and_a_new_deadline()
    {
        var run = Script.Review();
        run.Advance(TimeSpan.FromHours(26));

        var d = run.Accepted(DeskRequestEvents.PartnerAccepted, new PartnerAcceptance("s1", "Volentieri"));

        Assert.Equal(DeskRequestStep.Scheduling, run.State.Step);
        Assert.Equal("Scheduling", d.CustomStatus);
        Assert.Equal("s2", run.Token);
        Assert.Equal(SchedulingReason.Accepted, run.State.SchedulingReason);
        Assert.Equal(
            [DeskRequestTimers.PartnerReminder(1), DeskRequestTimers.PartnerReminder(2), DeskRequestTimers.PartnerEscalation],
            d.Cancelled());
        Assert.Equal(Rome(2026, 3, 5, 11), d.Scheduled(DeskRequestTimers.PartnerReminder(1)).DueAt);
        Assert.Equal(Rome(2026, 3, 10, 11), d.Scheduled(DeskRequestTimers.PartnerEscalation).DueAt);
        Assert.Equal("2026-03-10T10:00:00.0000000Z", d.Tags!["slaDueAt"]);
        var slots = d.Mail(EmailTemplates.PartnerSlotsRequest);
        Assert.Equal(NovainReviewer, slots.To);
        Assert.Equal([DeskRequestActions.ProposeSlots], slots.Links().Actions);
        Assert.Equal("s2", slots.Links().Step);
        Assert.Equal(DeskChange.Accepted, d.Mail(EmailTemplates.DeskUpdate).ModelAs<DeskUpdateEmail>().Change);
    }

    [Fact]
    public void Given_an_applicant_without_email_when_the_partner_accepts_then_the_desk_is_still_told()
    {
        var run = Script.NoEmail();

        var d = run.Accepted(DeskRequestEvents.PartnerAccepted, new PartnerAcceptance(run.Token));

        Assert.Equal(BuroloDeskEmail, d.Mail(EmailTemplates.DeskUpdate).To);
    }

    [Fact]
    public void Given_two_candidates_when_the_first_declines_then_the_request_is_rerouted_to_the_next()
    {
        var run = Script.Review(TwoPartners());
        Assert.Equal("alfa", run.State.PartnerId);

        var d = run.Accepted(DeskRequestEvents.PartnerDeclined, new PartnerDecline("s1", "Fuori dalle nostre competenze"));

        Assert.Equal(DeskRequestStep.AwaitingPartnerReview, run.State.Step);
        Assert.Equal("s2", run.Token);
        Assert.Equal("beta", run.State.PartnerId);
        Assert.Equal(["alfa", "beta"], run.State.TriedPartnerIds);
        Assert.Equal([AssignmentReason.Routed, AssignmentReason.Rerouted], run.State.Assignments.Select(a => a.Reason));
        Assert.Equal(new PartnerDeclineRecord("alfa", "Fuori dalle nostre competenze", Script.Monday), Assert.Single(run.State.Declines));
        var review = d.Mail(EmailTemplates.PartnerReviewRequest);
        Assert.Equal("beta@partner.example", review.To);
        Assert.Equal(AssignmentReason.Rerouted, review.ModelAs<PartnerReviewRequestEmail>().AssignmentReason);
        Assert.Equal("beta", d.Tags!["partner"]);
        Assert.Equal(DeskChange.Assigned, d.Mail(EmailTemplates.DeskUpdate).ModelAs<DeskUpdateEmail>().Change);
    }

    [Fact]
    public void Given_the_last_candidate_when_it_declines_then_the_request_is_declined_and_completed()
    {
        var run = Script.Review();

        var d = run.Accepted(DeskRequestEvents.PartnerDeclined, new PartnerDecline("s1", "Nessuna disponibilità"));

        Assert.Equal(DeskRequestStep.Declined, run.State.Step);
        Assert.Equal("Declined", d.CustomStatus);
        Assert.Equal(new Completion(RuntimeStatus.Completed, "declined"), d.Completion);
        Assert.Empty(d.Scheduled());
        Assert.Empty(run.State.Timers);
        Assert.Equal(ApplicantEmail, d.Mail(EmailTemplates.RequestDeclined).To);
        Assert.Equal(DeskChange.Declined, d.Mail(EmailTemplates.DeskUpdate).ModelAs<DeskUpdateEmail>().Change);
        Assert.Equal(string.Empty, d.Tags!["slaDueAt"]);
    }

    [Fact]
    public void Given_a_decline_without_reason_then_it_is_rejected_and_nothing_changes()
    {
        var run = Script.Review();
        var before = run.State;

        var d = run.Raise(DeskRequestEvents.PartnerDeclined, new PartnerDecline("s1", "   "));

        Assert.True(d.IsRejected);
        Assert.Same(before, run.State);
    }

    [Fact]
    public void Given_review_when_the_partner_refers_to_a_named_partner_then_that_partner_reviews_with_the_note()
    {
        var run = Script.Review();

        var d = run.Accepted(DeskRequestEvents.PartnerReferred, new PartnerReferral("s1", "api-torino", "Serve un bando regionale"));

        Assert.Equal("api-torino", run.State.PartnerId);
        Assert.Equal("s2", run.Token);
        Assert.Equal(new PartnerAssignment("api-torino", AssignmentReason.Referred, Script.Monday, "Serve un bando regionale"), run.State.Assignments[^1]);
        var review = d.Mail(EmailTemplates.PartnerReviewRequest).ModelAs<PartnerReviewRequestEmail>();
        Assert.Equal(AssignmentReason.Referred, review.AssignmentReason);
        Assert.Equal("Serve un bando regionale", review.AssignmentNote);
        Assert.Equal("sportelli@apito.example", d.Mail(EmailTemplates.PartnerReviewRequest).To);
    }

    [Fact]
    public void Given_a_referral_to_a_partner_outside_the_request_with_its_facts_then_it_is_added_and_assigned()
    {
        var outsider = Catalogue.FindPartner("informagiovani-al")!;
        var run = Script.Review();

        run.Accepted(DeskRequestEvents.PartnerReferred, new PartnerReferral("s1", outsider.Id, "Giovane imprenditore", outsider));

        Assert.Equal(outsider.Id, run.State.PartnerId);
        Assert.Contains(run.State.Partners, p => p.Id == outsider.Id);
    }

    [Theory]
    [InlineData("novain", "the current partner")]
    [InlineData("nobody", "an unknown partner")]
    public void Given_a_referral_to_a_partner_already_tried_or_unknown_then_it_is_rejected(string partnerId, string why)
    {
        var run = Script.Review();

        Assert.True(run.Raise(DeskRequestEvents.PartnerReferred, new PartnerReferral("s1", partnerId, "motivo")).IsRejected, why);
        Assert.Equal("s1", run.Token);
    }

    [Fact]
    public void Given_a_partner_that_declined_when_another_refers_back_to_it_then_it_is_rejected()
    {
        var run = Script.Review(TwoPartners());
        run.Accepted(DeskRequestEvents.PartnerDeclined, new PartnerDecline("s1", "No"));

        Assert.True(run.Raise(DeskRequestEvents.PartnerReferred, new PartnerReferral("s2", "alfa", "Torna a voi")).IsRejected);
    }

    [Fact]
    public void Given_review_when_the_partner_asks_for_information_then_the_applicant_is_asked_and_reminded_after_3_days()
    {
        var run = Script.Review();

        var d = run.Accepted(DeskRequestEvents.PartnerAskedInfo, new InfoQuestion("s1", "Avete già un prototipo?"));

        Assert.Equal(DeskRequestStep.InfoRequested, run.State.Step);
        Assert.Equal("InfoRequested", d.CustomStatus);
        Assert.Equal(
            [DeskRequestTimers.PartnerReminder(1), DeskRequestTimers.PartnerReminder(2), DeskRequestTimers.PartnerEscalation],
            d.Cancelled());
        Assert.Equal(Rome(2026, 3, 5), d.Scheduled(DeskRequestTimers.InfoReminder).DueAt);
        var mail = d.Mail(EmailTemplates.InfoRequest);
        Assert.Equal(ApplicantEmail, mail.To);
        var model = mail.ModelAs<InfoRequestEmail>();
        Assert.Equal("Avete già un prototipo?", model.Question);
        Assert.Equal([DeskRequestActions.AnswerInfo, DeskRequestActions.Withdraw], model.Links.Actions);
        Assert.Equal("s2", model.Links.Step);
        Assert.Equal(string.Empty, d.Tags!["slaDueAt"]);
    }

    [Fact]
    public void Given_an_applicant_without_email_when_information_is_asked_then_the_desk_answers_for_them()
    {
        var run = Script.Info(Input(applicant: Mario(email: null, culture: "en")));

        var mail = run.Last.Mail(EmailTemplates.InfoRequest);
        Assert.Equal(BuroloDeskEmail, mail.To);
        Assert.Equal("it", mail.Culture);
        Assert.True(mail.ModelAs<InfoRequestEmail>().ViaDesk);

        run.Accepted(DeskRequestEvents.InfoAnswered, new InfoAnswer(run.Token, "Sì, un prototipo in legno."));
        Assert.Equal(DeskRequestStep.AwaitingPartnerReview, run.State.Step);
    }

    [Fact]
    public void Given_an_unanswered_question_when_3_days_pass_then_the_applicant_is_reminded_in_the_same_step()
    {
        var run = Script.Info();

        var d = run.Fire(DeskRequestTimers.InfoReminder);

        Assert.True(d.Mail(EmailTemplates.InfoRequest).ModelAs<InfoRequestEmail>().IsReminder);
        Assert.Equal("s2", run.Token);
        Assert.Equal(DeskRequestStep.InfoRequested, run.State.Step);
    }

    [Fact]
    public void Given_a_question_when_the_applicant_answers_then_the_partner_reviews_again_with_the_answer_and_a_new_deadline()
    {
        var run = Script.Info();
        run.Advance(TimeSpan.FromDays(1));

        var d = run.Accepted(DeskRequestEvents.InfoAnswered, new InfoAnswer("s2", "  Sì, un prototipo in legno.  "));

        Assert.Equal(DeskRequestStep.AwaitingPartnerReview, run.State.Step);
        Assert.Equal("s3", run.Token);
        Assert.Equal([DeskRequestTimers.InfoReminder], d.Cancelled());
        var exchange = Assert.Single(run.State.InfoExchanges);
        Assert.Equal("Sì, un prototipo in legno.", exchange.Answer);
        Assert.Equal(Script.Monday.AddDays(1), exchange.AnsweredAt);
        var review = d.Mail(EmailTemplates.PartnerReviewRequest).ModelAs<PartnerReviewRequestEmail>();
        Assert.Equal("Sì, un prototipo in legno.", Assert.Single(review.InfoExchanges).Answer);
        Assert.Equal(Rome(2026, 3, 5), d.Scheduled(DeskRequestTimers.PartnerReminder(1)).DueAt);
        Assert.Equal(Rome(2026, 3, 10), d.Scheduled(DeskRequestTimers.PartnerEscalation).DueAt);
    }

    [Fact]
    public void Given_a_question_when_the_answer_is_empty_then_it_is_rejected()
    {
        var run = Script.Info();

        Assert.True(run.Raise(DeskRequestEvents.InfoAnswered, new InfoAnswer("s2", "")).IsRejected);
        Assert.Equal(DeskRequestStep.InfoRequested, run.State.Step);
    }
}
