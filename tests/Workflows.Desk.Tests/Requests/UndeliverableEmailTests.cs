using Workflows.Desk.Email;
using Workflows.Desk.Email.Models;
using Workflows.Desk.Requests;
using Workflows.Steps;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Requests;

public sealed class UndeliverableEmailTests
{
    private const string OutboxId = "0000000003-00";

    [Theory]
    [MemberData(nameof(WithdrawalTests.OpenSteps), MemberType = typeof(WithdrawalTests))]
    public void Given_any_open_step_when_the_applicants_mail_bounces_then_the_desk_is_told_and_the_step_and_its_timers_stay(string step)
    {
        var run = WithdrawalTests.At(step);
        var before = run.State;

        var d = run.Accepted(DeskRequestEvents.EmailUndeliverable, new DeliveryFailure(OutboxId, "bounced", ApplicantEmail, EmailTemplates.Convocation));

        Assert.Equal(before.Step, run.State.Step);
        Assert.Equal(before.StepToken, run.State.StepToken);
        Assert.Equal(before.Timers, run.State.Timers);
        Assert.Empty(d.Scheduled());
        Assert.Empty(d.Cancelled());
        Assert.Null(d.Completion);
        var mail = Assert.Single(d.Mails());
        Assert.Equal(EmailTemplates.DeskUpdate, mail.Template);
        Assert.Equal(BuroloDeskEmail, mail.To);
        var model = mail.ModelAs<DeskUpdateEmail>();
        Assert.Equal(DeskChange.EmailUndeliverable, model.Change);
        Assert.Equal(DeliveryRecipient.Applicant, model.UndeliveredTo);
        Assert.Equal("bounced", model.Note);
        var failure = Assert.Single(run.State.DeliveryFailures);
        Assert.Equal(new DeliveryFailureRecord(OutboxId, "bounced", DeliveryRecipient.Applicant, EmailTemplates.Convocation, run.Now), failure);
    }

    [Theory]
    [InlineData("refused")]
    [InlineData("exhausted")]
    public void Given_a_partner_email_the_provider_refused_or_never_took_then_the_desk_is_told_and_the_failure_recorded(string kind)
    {
        var run = WithdrawalTests.At(nameof(Script.Review));
        var before = run.State;

        var d = run.Accepted(DeskRequestEvents.EmailUndeliverable, new DeliveryFailure(OutboxId, kind, ApplicantEmail, EmailTemplates.Convocation));

        Assert.Equal(before.Step, run.State.Step);
        var mail = Assert.Single(d.Mails());
        Assert.Equal(EmailTemplates.DeskUpdate, mail.Template);
        Assert.Equal(BuroloDeskEmail, mail.To);
        Assert.Equal(kind, mail.ModelAs<DeskUpdateEmail>().Note);
        Assert.Equal(kind, Assert.Single(run.State.DeliveryFailures).Kind);
    }

    [Fact]
    public void Given_a_provider_report_without_step_token_then_it_is_accepted_and_links_already_sent_keep_working()
    {
        var run = Script.Review();

        run.Accepted(DeskRequestEvents.EmailUndeliverable, new { outboxId = OutboxId, kind = "dropped" });
        var accept = run.Raise(DeskRequestEvents.PartnerAccepted, new PartnerAcceptance("s1"));

        Assert.False(accept.IsRejected, accept.Rejection);
        Assert.Equal(DeskRequestStep.Scheduling, run.State.Step);
    }

    [Fact]
    public void Given_a_bounce_of_the_desks_own_address_then_the_network_coordinators_are_told_not_the_desk()
    {
        var run = Script.Review();

        var d = run.Accepted(DeskRequestEvents.EmailUndeliverable, new DeliveryFailure(OutboxId, "bounced", " Sportello.Burolo@comuni.example "));

        var mail = Assert.Single(d.Mails());
        Assert.Equal(EmailTemplates.CoordinatorUndeliverable, mail.Template);
        Assert.Equal(Coordinator, mail.To);
        var model = mail.ModelAs<CoordinatorUndeliverableEmail>();
        Assert.Equal(new CoordinatorUndeliverableEmail("TO-2026-0042", run.State.Network.Name, run.State.Desk.Name, BuroloDeskEmail, "bounced"), model);
        Assert.Equal(DeliveryRecipient.Desk, run.State.DeliveryFailures.Single().Recipient);
    }

    [Fact]
    public void Given_an_applicant_without_address_when_their_mail_to_the_desk_bounces_then_the_coordinators_are_told()
    {
        var run = Script.NoEmail();

        var d = run.Accepted(DeskRequestEvents.EmailUndeliverable, new DeliveryFailure(OutboxId, "dropped", BuroloDeskEmail, EmailTemplates.RequestReceived));

        Assert.Equal([(EmailTemplates.CoordinatorUndeliverable, Coordinator)], d.Recipients());
    }

    [Fact]
    public void Given_a_partner_reviewers_mail_bounces_then_the_desk_is_told_that_the_partner_was_not_reached()
    {
        var run = Script.Review();

        var d = run.Accepted(DeskRequestEvents.EmailUndeliverable, new DeliveryFailure(OutboxId, "bounced", NovainReviewer, EmailTemplates.PartnerReviewRequest));

        var model = d.Mail(EmailTemplates.DeskUpdate).ModelAs<DeskUpdateEmail>();
        Assert.Equal(DeliveryRecipient.Partner, model.UndeliveredTo);
        Assert.Equal("Novain S.r.l. (Leinì)", model.PartnerName);
    }

    [Fact]
    public void Given_a_coordinators_mail_bounces_then_it_is_only_recorded_so_alerts_cannot_bounce_back_and_forth()
    {
        var run = Script.Review();

        var d = run.Accepted(DeskRequestEvents.EmailUndeliverable, new DeliveryFailure(OutboxId, "bounced", Coordinator));

        Assert.Empty(d.Mails());
        Assert.Equal(DeliveryRecipient.Coordinator, run.State.DeliveryFailures.Single().Recipient);
    }

    [Fact]
    public void Given_the_same_email_reported_twice_then_the_second_report_is_rejected_and_nobody_is_told_again()
    {
        var run = Script.Review();
        run.Accepted(DeskRequestEvents.EmailUndeliverable, new DeliveryFailure(OutboxId, "bounced", ApplicantEmail));
        var before = run.State;

        var d = run.Raise(DeskRequestEvents.EmailUndeliverable, new DeliveryFailure(OutboxId, "dropped", ApplicantEmail));

        Assert.True(d.IsRejected);
        Assert.Same(before, run.State);
    }

    [Theory]
    [InlineData("", "bounced")]
    [InlineData(OutboxId, "delivered")]
    [InlineData(OutboxId, "deferred")]
    public void Given_a_report_that_is_not_a_failure_then_it_is_rejected(string outboxId, string kind)
    {
        var run = Script.Review();

        var d = run.Raise(DeskRequestEvents.EmailUndeliverable, new DeliveryFailure(outboxId, kind, ApplicantEmail));

        Assert.True(d.IsRejected);
        Assert.Empty(run.State.DeliveryFailures);
    }

    [Fact]
    public void Given_a_closed_request_when_a_late_bounce_arrives_then_it_is_rejected()
    {
        var run = Script.Review();
        run.Accepted(DeskRequestEvents.ApplicantWithdrew, new Withdrawal("s1"));

        var d = run.Raise(DeskRequestEvents.EmailUndeliverable, new DeliveryFailure(OutboxId, "bounced", ApplicantEmail));

        Assert.True(d.IsRejected);
    }

    [Theory]
    [InlineData("it", "bounced", "non è stata recapitata: contattate il richiedente", "rifiutata dal server del destinatario")]
    [InlineData("en", "dropped", "could not be delivered: contact the applicant", "not sent by the provider")]
    public void Given_the_desk_alert_then_it_names_the_request_and_asks_to_contact_the_applicant(string culture, string kind, string lead, string delivery)
    {
        var mail = SendEmail.Create(EmailTemplates.DeskUpdate, BuroloDeskEmail, culture, new DeskUpdateEmail(
            "TO-2026-0042", "Sportello per l'innovazione di Burolo", "Mario Rossi", DeskChange.EmailUndeliverable, "Novain", null, kind, DeliveryRecipient.Applicant));

        var rendered = EmailRenderer.Render(mail, new Dictionary<string, string>(), "https://sportelli.example");

        Assert.Contains("TO-2026-0042", rendered.Text, StringComparison.Ordinal);
        Assert.Contains(lead, rendered.Text, StringComparison.Ordinal);
        Assert.Contains(delivery, rendered.Text, StringComparison.Ordinal);
        Assert.Contains("Mario Rossi", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_request_then_its_networks_coordinators_answer_for_it_when_it_stalls()
    {
        var state = WithdrawalTests.At(nameof(Script.Review)).State;

        IReadOnlyList<string> responsible = new DeskRequestWorkflow().Responsible(state);

        Assert.Equal(state.Network.CoordinatorEmails.Where(e => !string.IsNullOrWhiteSpace(e)), responsible);
        Assert.NotEmpty(responsible);
    }
}
