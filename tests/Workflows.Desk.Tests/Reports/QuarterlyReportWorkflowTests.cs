using Microsoft.Extensions.Time.Testing;
using Workflows.Desk.Email;
using Workflows.Desk.Email.Models;
using Workflows.Desk.Model;
using Workflows.Desk.Reports;
using Workflows.Desk.Tests.Requests;
using Workflows.Steps;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Reports;

public sealed class QuarterlyReportWorkflowTests
{
    private static readonly InstanceId Id = InstanceId.FromIdempotencyKey(QuarterlyReportWorkflow.WorkflowName, DemoDirectory.PiccoliComuniNetwork);
    private readonly QuarterlyReportWorkflow _workflow = new();
    private readonly FakeTimeProvider _clock = new(Rome(2026, 2, 10, 14));

    private static Network Network => Catalogue.FindNetwork(DemoDirectory.PiccoliComuniNetwork)! with
    {
        CoordinatorEmails = ["coordinamento@anpci-piemonte.example", "gruppo.lavoro@anci-piemonte.example"],
    };

    private DecisionContext Context => new(Id, _clock.GetUtcNow());

    private static QuarterFigures Figures(string step, int year = 2026, int quarter = 1) => new(
        step, year, quarter, 12,
        [new FigureRow("Burolo", 7), new FigureRow("Quagliuzzo", 5)],
        [new FigureRow("Novain S.r.l. (Leinì)", 9), new FigureRow("API Torino", 3)],
        [new FigureRow("Innovazione e brevetti", 9), new FigureRow("Accesso al credito e bandi", 3)],
        [new FigureRow("Conclusa", 4), new FigureRow("In corso", 8)]);

    [Theory]
    [InlineData(2026, 1, 2026, 4, 1)]
    [InlineData(2026, 2, 2026, 7, 1)]
    [InlineData(2025, 4, 2026, 1, 2)]
    [InlineData(2026, 4, 2027, 1, 4)]
    [InlineData(2027, 1, 2027, 4, 1)]
    public void Given_a_quarter_then_its_report_is_due_at_08_00_on_the_first_business_day_after_it(int year, int quarter, int y, int m, int d) =>
        Assert.Equal(Rome(y, m, d, 8), QuarterlyReportWorkflow.DueAt(new ReportQuarter(year, quarter)));

    [Fact]
    public void Given_a_start_in_February_then_it_waits_for_the_first_quarter_to_end()
    {
        var d = _workflow.Start(new QuarterlyReportInput(Network), Context);

        Assert.Equal("WaitingForQuarterEnd", d.CustomStatus);
        Assert.Equal(new ReportQuarter(2026, 1), d.State.Quarter);
        Assert.Equal(Rome(2026, 4, 1, 8), d.Scheduled(QuarterlyReportEvents.QuarterEndTimer).DueAt);
        Assert.Equal("2026-Q1", d.Tags!["quarter"]);
        Assert.Empty(d.Mails());
    }

    [Fact]
    public void Given_the_quarter_end_when_the_timer_fires_then_it_awaits_the_figures_and_sends_nothing()
    {
        var state = _workflow.Start(new QuarterlyReportInput(Network), Context).State;
        _clock.SetUtcNow(Rome(2026, 4, 1, 8));

        var d = _workflow.Decide(state, new TimerFired(QuarterlyReportEvents.QuarterEndTimer, Rome(2026, 4, 1, 8)), Context);

        Assert.Equal("AwaitingFigures", d.CustomStatus);
        Assert.Equal("s1", d.State.StepToken);
        Assert.Empty(d.Effects);
    }

    [Fact]
    public void Given_awaiting_figures_when_they_arrive_then_each_coordinator_gets_the_report_and_the_next_quarter_is_scheduled()
    {
        var state = _workflow.Start(new QuarterlyReportInput(Network), Context).State;
        _clock.SetUtcNow(Rome(2026, 4, 1, 8));
        state = _workflow.Decide(state, new TimerFired(QuarterlyReportEvents.QuarterEndTimer, Rome(2026, 4, 1, 8)), Context).State;

        var d = _workflow.Decide(state, new EventRaised(QuarterlyReportEvents.FiguresReady, WorkflowJson.ToElement(Figures("s1"))), Context);

        Assert.False(d.IsRejected, d.Rejection);
        Assert.Equal(["coordinamento@anpci-piemonte.example", "gruppo.lavoro@anci-piemonte.example"], d.Mails(EmailTemplates.QuarterlyReport).Select(m => m.To));
        var model = d.Mails()[0].ModelAs<QuarterlyReportEmail>();
        Assert.Equal("ANPCI-NOVAIN-2026-Q1", model.RequestCode);
        Assert.Equal(12, model.Total);
        Assert.Equal(new DateOnly(2026, 1, 1), model.From);
        Assert.Equal(new DateOnly(2026, 3, 31), model.To);
        Assert.Equal(2, model.ByComune.Count);
        Assert.Equal("WaitingForQuarterEnd", d.CustomStatus);
        Assert.Equal(new ReportQuarter(2026, 2), d.State.Quarter);
        Assert.Equal(Rome(2026, 7, 1, 8), d.Scheduled(QuarterlyReportEvents.QuarterEndTimer).DueAt);
        Assert.Equal(["2026-Q1"], d.State.Reported);
        Assert.Null(d.Completion);
    }

    [Fact]
    public void Given_awaiting_figures_then_figures_of_another_quarter_or_with_a_stale_step_are_rejected()
    {
        var state = _workflow.Start(new QuarterlyReportInput(Network), Context).State;
        _clock.SetUtcNow(Rome(2026, 4, 1, 8));
        var waiting = state;
        state = _workflow.Decide(state, new TimerFired(QuarterlyReportEvents.QuarterEndTimer, Rome(2026, 4, 1, 8)), Context).State;

        Assert.True(_workflow.Decide(state, new EventRaised(QuarterlyReportEvents.FiguresReady, WorkflowJson.ToElement(Figures("s1", quarter: 2))), Context).IsRejected);
        Assert.True(_workflow.Decide(state, new EventRaised(QuarterlyReportEvents.FiguresReady, WorkflowJson.ToElement(Figures("s0"))), Context).IsRejected);
        Assert.True(_workflow.Decide(waiting, new EventRaised(QuarterlyReportEvents.FiguresReady, WorkflowJson.ToElement(Figures("s0"))), Context).IsRejected);
        Assert.True(_workflow.Decide(state, new TimerFired(QuarterlyReportEvents.QuarterEndTimer, Rome(2026, 4, 1, 8)), Context).IsRejected);
    }

    [Fact]
    public void Given_a_network_without_coordinators_then_the_report_is_rejected_at_start() =>
        Assert.True(_workflow.Start(new QuarterlyReportInput(Network with { CoordinatorEmails = [] }), Context).IsRejected);

    [Fact]
    public void Given_a_quarter_then_it_knows_its_days_and_the_next_one()
    {
        Assert.Equal(new ReportQuarter(2026, 3), ReportQuarter.Of(new DateOnly(2026, 9, 30)));
        Assert.Equal(new DateOnly(2026, 12, 31), new ReportQuarter(2026, 4).LastDay);
        Assert.Equal(new ReportQuarter(2027, 1), new ReportQuarter(2026, 4).Next());
        Assert.Equal("2026-Q4", new ReportQuarter(2026, 4).ToString());
    }

    [Fact]
    public void Given_the_report_refused_for_one_coordinator_then_it_is_recorded_and_the_other_coordinators_are_told()
    {
        var state = _workflow.Start(new QuarterlyReportInput(Network), Context).State;

        var d = _workflow.Decide(state, new EventRaised(QuarterlyReportEvents.EmailUndeliverable, WorkflowJson.ToElement(
            new Workflows.Desk.Requests.DeliveryFailure("0003", "refused", "gruppo.lavoro@anci-piemonte.example", EmailTemplates.QuarterlyReport))), Context);

        Assert.False(d.IsRejected, d.Rejection);
        Assert.Equal(state.Step.ToString(), d.CustomStatus);
        Assert.Equal(state.Timers, d.State.Timers);
        Assert.Equal("0003", Assert.Single(d.State.Undelivered).OutboxId);
        var notice = d.Mail(EmailTemplates.UndeliverableNotice);
        Assert.Equal("coordinamento@anpci-piemonte.example", notice.To);
        Assert.Equal("gruppo.lavoro@anci-piemonte.example", notice.ModelAs<UndeliverableNoticeEmail>().Address);
    }
}
