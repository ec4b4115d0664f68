using Workflows.Desk.Email;
using Workflows.Desk.Email.Models;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Steps;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Requests;

public sealed class StartTests
{
    [Fact]
    public void Given_an_intake_on_a_served_topic_when_started_then_it_is_routed_to_the_partner_awaiting_review()
    {
        var run = Script.Review();
        var d = run.Last;

        Assert.Equal(DeskRequestStep.AwaitingPartnerReview, run.State.Step);
        Assert.Equal("AwaitingPartnerReview", d.CustomStatus);
        Assert.Equal("s1", run.Token);
        Assert.Equal("novain", run.State.PartnerId);
        Assert.Equal([new PartnerAssignment("novain", AssignmentReason.Routed, Script.Monday)], run.State.Assignments);
        Assert.Equal(["novain"], run.State.TriedPartnerIds);
        Assert.Equal(Script.Monday, run.State.SubmittedAt);
        Assert.Null(d.Completion);
    }

    [Fact]
    public void Given_a_routed_request_then_the_tags_name_partner_comune_desk_category_network_and_the_sla_in_utc()
    {
        var tags = Script.Review().Last.Tags!;

        Assert.Equal("novain", tags["partner"]);
        Assert.Equal(BuroloIstat, tags["comune"]);
        Assert.Equal("burolo", tags["desk"]);
        Assert.Equal("InnovationPatent", tags["category"]);
        Assert.Equal(DemoDirectory.PiccoliComuniNetwork, tags["network"]);
        Assert.Equal("2026-03-09T08:00:00.0000000Z", tags["slaDueAt"]);
    }

    [Fact]
    public void Given_a_routed_request_then_partner_reminders_at_2_and_4_business_days_and_escalation_at_5_are_scheduled()
    {
        var d = Script.Review().Last;

        Assert.Equal(Rome(2026, 3, 4), d.Scheduled(DeskRequestTimers.PartnerReminder(1)).DueAt);
        Assert.Equal(Rome(2026, 3, 6), d.Scheduled(DeskRequestTimers.PartnerReminder(2)).DueAt);
        Assert.Equal(Rome(2026, 3, 9), d.Scheduled(DeskRequestTimers.PartnerEscalation).DueAt);
        Assert.Equal(3, d.Scheduled().Count);
        Assert.Empty(d.Cancelled());
    }

    [Fact]
    public void Given_an_applicant_with_email_then_applicant_partner_and_desk_are_told_in_their_language()
    {
        var d = Script.Review().Last;

        Assert.Equal(
            [
                (EmailTemplates.DeskUpdate, BuroloDeskEmail),
                (EmailTemplates.PartnerReviewRequest, NovainReviewer),
                (EmailTemplates.RequestReceived, ApplicantEmail),
            ],
            d.Recipients().Order());
        Assert.All(d.Mails(), m => Assert.Equal("it", m.Culture));
        var received = d.Mail(EmailTemplates.RequestReceived).ModelAs<RequestReceivedEmail>();
        Assert.Equal("TO-2026-0042", received.RequestCode);
        Assert.False(received.ViaDesk);
        Assert.Equal("Novain S.r.l. (Leinì)", received.PartnerName);
        Assert.Equal("s1", received.Links.Step);
        Assert.Equal([DeskRequestActions.Withdraw], received.Links.Actions);
        Assert.Equal(Script.Monday.AddDays(30), received.Links.ExpiresAt);
        Assert.Equal(DeskChange.Submitted, d.Mail(EmailTemplates.DeskUpdate).ModelAs<DeskUpdateEmail>().Change);
    }

    [Fact]
    public void Given_an_applicant_without_email_then_the_desk_receives_their_mail_once_and_no_separate_update()
    {
        var d = Script.NoEmail().Last;

        var received = d.Mail(EmailTemplates.RequestReceived);
        Assert.Equal(BuroloDeskEmail, received.To);
        Assert.True(received.ModelAs<RequestReceivedEmail>().ViaDesk);
        Assert.Empty(d.Mails(EmailTemplates.DeskUpdate));
        var review = d.Mail(EmailTemplates.PartnerReviewRequest).ModelAs<PartnerReviewRequestEmail>();
        Assert.Null(review.ApplicantEmail);
        Assert.Equal(BuroloDeskEmail, review.DeskEmail);
    }

    [Fact]
    public void Given_an_English_speaking_applicant_then_their_mail_is_in_English_and_the_partner_keeps_Italian()
    {
        var d = Script.Review(Input(applicant: Mario(culture: "en-GB"))).Last;

        Assert.Equal("en", d.Mail(EmailTemplates.RequestReceived).Culture);
        Assert.Equal("it", d.Mail(EmailTemplates.PartnerReviewRequest).Culture);
    }

    [Fact]
    public void Given_an_English_speaking_partner_then_its_mail_is_in_English()
    {
        var english = Partner("english", culture: "en");
        var d = Script.Review(Input(partners: _ => [english])).Last;

        Assert.Equal("en", d.Mail(EmailTemplates.PartnerReviewRequest).Culture);
        Assert.Equal("english@partner.example", d.Mail(EmailTemplates.PartnerReviewRequest).To);
    }

    [Fact]
    public void Given_a_partner_with_several_reviewers_then_each_gets_the_review_request()
    {
        var team = Partner("team") with { ReviewerEmails = ["a@team.example", "b@team.example"] };

        var d = Script.Review(Input(partners: _ => [team])).Last;

        Assert.Equal(["a@team.example", "b@team.example"], d.Mails(EmailTemplates.PartnerReviewRequest).Select(m => m.To));
    }

    [Fact]
    public void Given_the_review_request_then_it_carries_the_facts_the_deadline_and_the_four_actions()
    {
        var m = Script.Review().Last.Mail(EmailTemplates.PartnerReviewRequest).ModelAs<PartnerReviewRequestEmail>();

        Assert.Equal("TO-2026-0042", m.RequestCode);
        Assert.Equal("Mario Rossi", m.ApplicantName);
        Assert.Equal(ApplicantEmail, m.ApplicantEmail);
        Assert.Equal("Burolo", m.ComuneName);
        Assert.Equal(Category.InnovationPatent, m.Category);
        Assert.Equal(Rome(2026, 3, 9), m.DueAt);
        Assert.False(m.IsReminder);
        Assert.Equal("s1", m.Links.Step);
        Assert.Equal([DeskRequestActions.Accept, DeskRequestActions.Decline, DeskRequestActions.Refer, DeskRequestActions.AskInfo], m.Links.Actions);
    }

    [Fact]
    public void Given_no_partner_for_topic_and_territory_then_the_request_awaits_triage_and_coordinators_are_told()
    {
        var run = Script.Triage();
        var d = run.Last;

        Assert.Equal(DeskRequestStep.AwaitingTriage, run.State.Step);
        Assert.Equal("AwaitingTriage", d.CustomStatus);
        Assert.Null(run.State.PartnerId);
        var triage = d.Mail(EmailTemplates.CoordinatorTriage);
        Assert.Equal(Coordinator, triage.To);
        Assert.Equal([DeskRequestActions.TriageAssign], triage.Links().Actions);
        Assert.Equal(Rome(2026, 3, 4), d.Scheduled(DeskRequestTimers.TriageReminder).DueAt);
        Assert.Equal(DeskChange.SentToTriage, d.Mail(EmailTemplates.DeskUpdate).ModelAs<DeskUpdateEmail>().Change);
        Assert.Null(d.Mail(EmailTemplates.RequestReceived).ModelAs<RequestReceivedEmail>().PartnerName);
        Assert.Equal(string.Empty, d.Tags!["partner"]);
        Assert.Equal(string.Empty, d.Tags!["slaDueAt"]);
    }

    public static TheoryData<string, Func<DeskRequestInput, DeskRequestInput>> InvalidInputs => new()
    {
        { "no consent", i => i with { Consent = i.Consent with { TextVersion = " " } } },
        { "bad e-mail", i => i with { Applicant = i.Applicant with { Email = "mario at example" } } },
        { "empty description", i => i with { Description = "  " } },
        { "too long description", i => i with { Description = new string('x', DeskRequestRules.MaxTextLength + 1) } },
        { "no name", i => i with { Applicant = i.Applicant with { Name = "" } } },
        { "no code", i => i with { RequestCode = "" } },
        { "desk of another network", i => i with { Network = Catalogue.FindNetwork(DemoDirectory.AlessandriaNetwork)! } },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public void Given_an_invalid_intake_when_started_then_it_is_rejected(string why, Func<DeskRequestInput, DeskRequestInput> spoil)
    {
        var decision = new DeskRequestWorkflow().Start(spoil(Input()), new DecisionContext(DeskRequestRun.Id, Script.Monday));

        Assert.True(decision.IsRejected, why);
        Assert.Empty(decision.Effects);
    }
}
