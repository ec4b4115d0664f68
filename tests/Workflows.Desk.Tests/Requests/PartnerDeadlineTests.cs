using Workflows.Desk.Email;
using Workflows.Desk.Email.Models;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Requests;

public sealed class PartnerDeadlineTests
{
    private static (DateTimeOffset First, DateTimeOffset Second, DateTimeOffset Escalation) Deadlines(DeskRequestRun run) =>
        (run.DueOf(DeskRequestTimers.PartnerReminder(1)), run.DueOf(DeskRequestTimers.PartnerReminder(2)), run.DueOf(DeskRequestTimers.PartnerEscalation));

    [Fact]
    public void Given_a_request_on_the_Thursday_before_Easter_then_Easter_Monday_is_not_counted()
    {
        var run = Script.Review(at: Rome(2026, 4, 2, 9));

        Assert.Equal((Rome(2026, 4, 7), Rome(2026, 4, 9), Rome(2026, 4, 10)), Deadlines(run));
    }

    [Fact]
    public void Given_a_request_two_days_before_Ferragosto_then_15_August_is_not_counted()
    {
        var run = Script.Review(at: Rome(2025, 8, 13, 10));

        Assert.Equal((Rome(2025, 8, 18, 10), Rome(2025, 8, 20, 10), Rome(2025, 8, 21, 10)), Deadlines(run));
    }

    [Fact]
    public void Given_a_request_before_25_April_on_a_Friday_then_25_April_and_1_May_are_not_counted()
    {
        var run = Script.Review(at: Rome(2025, 4, 24, 9));

        Assert.Equal((Rome(2025, 4, 29), Rome(2025, 5, 2), Rome(2025, 5, 5)), Deadlines(run));
    }

    [Fact]
    public void Given_a_request_before_the_October_clock_change_then_the_deadlines_stay_at_09_00_local()
    {
        var run = Script.Review(at: new DateTimeOffset(2026, 10, 22, 9, 0, 0, TimeSpan.FromHours(2)));

        var (first, _, escalation) = Deadlines(run);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 9, 0, 0, TimeSpan.FromHours(1)), first);
        Assert.Equal(new DateTimeOffset(2026, 10, 29, 8, 0, 0, TimeSpan.Zero), escalation);
        Assert.Equal("2026-10-29T08:00:00.0000000Z", run.Last.Tags!["slaDueAt"]);
    }

    [Fact]
    public void Given_a_request_from_Torino_then_its_patron_day_San_Giovanni_is_not_counted()
    {
        var torino = Script.Review(Input(comune: TorinoIstat), at: Rome(2026, 6, 23, 9));
        var burolo = Script.Review(Input(), at: Rome(2026, 6, 23, 9));

        Assert.Equal(Rome(2026, 6, 26), Deadlines(torino).First);
        Assert.Equal(Rome(2026, 6, 25), Deadlines(burolo).First);
    }

    [Fact]
    public void Given_a_partner_with_its_own_sla_then_its_reminders_and_escalation_are_used()
    {
        var quick = Partner("quick", sla: new PartnerSla([1], 3));

        var run = Script.Review(Input(partners: _ => [quick]));

        Assert.Equal(
            [(DeskRequestTimers.PartnerEscalation, Rome(2026, 3, 5)), (DeskRequestTimers.PartnerReminder(1), Rome(2026, 3, 3))],
            run.State.Timers.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => (t.Name, t.DueAt)));
    }

    [Fact]
    public void Given_a_silent_partner_when_the_reminders_come_due_then_it_is_reminded_twice_and_the_coordinator_told_at_5_days()
    {
        var run = Script.Review();

        var first = run.Fire(DeskRequestTimers.PartnerReminder(1));
        Assert.Equal(Rome(2026, 3, 4), run.Now);
        Assert.True(first.Mail(EmailTemplates.PartnerReviewRequest).ModelAs<PartnerReviewRequestEmail>().IsReminder);
        Assert.Equal(NovainReviewer, first.Mail(EmailTemplates.PartnerReviewRequest).To);
        Assert.Empty(first.Scheduled());

        var second = run.Fire(DeskRequestTimers.PartnerReminder(2));
        Assert.Equal(Rome(2026, 3, 6), run.Now);
        Assert.True(second.Mail(EmailTemplates.PartnerReviewRequest).ModelAs<PartnerReviewRequestEmail>().IsReminder);

        var escalation = run.Fire(DeskRequestTimers.PartnerEscalation);
        Assert.Equal(Rome(2026, 3, 9), run.Now);
        var mail = escalation.Mail(EmailTemplates.CoordinatorEscalation);
        Assert.Equal(Coordinator, mail.To);
        var model = mail.ModelAs<CoordinatorEscalationEmail>();
        Assert.Equal("Novain S.r.l. (Leinì)", model.PartnerName);
        Assert.Equal(DeskRequestStep.AwaitingPartnerReview, model.Step);
        Assert.Equal(Script.Monday, model.Since);
        Assert.Equal(5, model.BusinessDays);
        Assert.Equal([DeskRequestActions.Reassign, DeskRequestActions.Remind], model.Links.Actions);
        Assert.Equal("s1", model.Links.Step);
        Assert.Empty(escalation.Mails(EmailTemplates.PartnerReviewRequest));
        Assert.Equal(DeskRequestStep.AwaitingPartnerReview, run.State.Step);
        Assert.Equal("s1", run.Token);
        Assert.Empty(run.State.Timers);
    }

    [Fact]
    public void Given_a_partner_late_with_the_slots_then_the_same_deadline_rules_apply_in_scheduling()
    {
        var run = Script.Scheduling();

        var reminder = run.Fire(DeskRequestTimers.PartnerReminder(1));

        Assert.True(reminder.Mail(EmailTemplates.PartnerSlotsRequest).ModelAs<PartnerSlotsRequestEmail>().IsReminder);
        var escalation = run.Fire(DeskRequestTimers.PartnerEscalation);
        Assert.Equal(DeskRequestStep.Scheduling, escalation.Mail(EmailTemplates.CoordinatorEscalation).ModelAs<CoordinatorEscalationEmail>().Step);
    }

    [Fact]
    public void Given_the_partner_acts_before_the_deadline_then_the_escalation_never_fires()
    {
        var run = Script.Review();
        var escalationDue = run.DueOf(DeskRequestTimers.PartnerEscalation);
        run.Fire(DeskRequestTimers.PartnerReminder(1));
        run.Accepted(DeskRequestEvents.PartnerAccepted, new PartnerAcceptance(run.Token));

        var stale = run.FireRaw(DeskRequestTimers.PartnerEscalation, escalationDue);

        Assert.True(stale.IsRejected);
    }
}
