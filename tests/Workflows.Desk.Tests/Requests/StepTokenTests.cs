using System.Text.Json;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Steps;
using static Workflows.Desk.Tests.Fixtures;

namespace Workflows.Desk.Tests.Requests;

public sealed class StepTokenTests
{
    /// <summary>A well-formed payload for every event, carrying <paramref name="step"/>.</summary>
    private static object PayloadFor(string eventName, string step) => eventName switch
    {
        DeskRequestEvents.PartnerAccepted => new PartnerAcceptance(step),
        DeskRequestEvents.PartnerDeclined => new PartnerDecline(step, "motivo"),
        DeskRequestEvents.PartnerReferred => new PartnerReferral(step, "confcooperative", "motivo"),
        DeskRequestEvents.PartnerAskedInfo => new InfoQuestion(step, "domanda"),
        DeskRequestEvents.InfoAnswered => new InfoAnswer(step, "risposta"),
        DeskRequestEvents.SlotsProposed => new SlotProposal(step, [Script.Remote with { Start = Rome(2026, 6, 30, 15) }]),
        DeskRequestEvents.SlotConfirmed => new SlotChoice(step, 1),
        DeskRequestEvents.OtherSlotsRequested => new OtherSlotsRequest(step),
        DeskRequestEvents.MeetingCancelled => new MeetingCancellation(step, "motivo"),
        DeskRequestEvents.ApplicantWithdrew => new Withdrawal(step),
        DeskRequestEvents.OutcomeRecorded => new OutcomeReport(step, MeetingOutcome.Held),
        DeskRequestEvents.SurveyAnswered => new SurveyAnswer(step, 30, FollowUpProgress.InProgress, 3),
        DeskRequestEvents.Reassign => new Reassignment(step, "confcooperative"),
        DeskRequestEvents.Remind => new ReminderRequest(step),
        DeskRequestEvents.TriageAssign => new TriageAssignment(step, "confcooperative"),
        DeskRequestEvents.EmailUndeliverable => new DeliveryFailure("0000000001-00", "bounced", Fixtures.ApplicantEmail),
        _ => throw new ArgumentOutOfRangeException(nameof(eventName)),
    };

    public static TheoryData<string, string> StepsAndEvents()
    {
        var data = new TheoryData<string, string>();
        foreach (var step in WithdrawalTests.OpenSteps)
        {
            foreach (var name in DeskRequestEvents.All)
            {
                data.Add(step, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(StepsAndEvents))]
    public void Given_a_step_and_the_current_token_then_exactly_the_events_not_allowed_there_are_refused_as_such(string step, string eventName)
    {
        var run = WithdrawalTests.At(step);
        var before = run.State;

        var d = run.Raise(eventName, PayloadFor(eventName, run.Token));

        if (DeskRequestEvents.AllowedIn(eventName).Contains(before.Step))
        {
            Assert.DoesNotContain("not allowed", d.Rejection ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain("another step", d.Rejection ?? string.Empty, StringComparison.Ordinal);
        }
        else
        {
            Assert.True(d.IsRejected, $"{eventName} in {before.Step}");
            Assert.Contains("not allowed", d.Rejection, StringComparison.Ordinal);
            Assert.Same(before, run.State);
        }
    }

    [Theory]
    [MemberData(nameof(StepsAndEvents))]
    public void Given_a_step_when_any_event_arrives_with_a_stale_token_then_it_is_rejected(string step, string eventName)
    {
        var run = WithdrawalTests.At(step);
        var stale = $"s{run.State.StepNumber - 1}";

        var d = run.Raise(eventName, PayloadFor(eventName, stale));

        if (DeskRequestEvents.NeedsStepToken(eventName))
        {
            Assert.True(d.IsRejected);
            Assert.Contains("another step", d.Rejection, StringComparison.Ordinal);
        }
        else
        {
            // Provider reports are not issued for a step: no token, so none can be stale.
            Assert.False(d.IsRejected, d.Rejection);
        }
    }

    [Fact]
    public void Given_the_allowed_steps_then_every_event_is_allowed_somewhere_and_withdrawal_and_remind_in_every_open_step()
    {
        Assert.All(DeskRequestEvents.All, e => Assert.NotEmpty(DeskRequestEvents.AllowedIn(e)));
        var open = Enum.GetValues<DeskRequestStep>().Where(s => s is not DeskRequestStep.Submitted && !s.IsTerminal());
        Assert.Equal(open, DeskRequestEvents.AllowedIn(DeskRequestEvents.ApplicantWithdrew));
        Assert.Equal(open, DeskRequestEvents.AllowedIn(DeskRequestEvents.Remind));
        Assert.Empty(DeskRequestEvents.AllowedIn("SomethingElse"));
    }

    [Fact]
    public void Given_an_old_link_when_the_partner_clicks_accept_twice_then_the_second_click_is_rejected()
    {
        var run = Script.Review();
        run.Accepted(DeskRequestEvents.PartnerAccepted, new PartnerAcceptance("s1"));

        var second = run.Raise(DeskRequestEvents.PartnerAccepted, new PartnerAcceptance("s1"));

        Assert.True(second.IsRejected);
        Assert.Equal(DeskRequestStep.Scheduling, run.State.Step);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"step\":7}")]
    [InlineData("\"s1\"")]
    [InlineData("null")]
    public void Given_a_payload_without_a_step_token_then_the_event_is_rejected(string json)
    {
        var run = Script.Review();

        var d = run.Workflow.Decide(run.State, new EventRaised(DeskRequestEvents.PartnerAccepted, JsonDocument.Parse(json).RootElement), new DecisionContext(DeskRequestRun.Id, run.Now));

        Assert.True(d.IsRejected);
    }

    [Fact]
    public void Given_a_malformed_payload_with_the_right_token_then_it_is_rejected_not_thrown()
    {
        var run = Script.Convocation();
        var payload = JsonDocument.Parse("{\"step\":\"s3\",\"slot\":\"first\"}").RootElement;

        var d = run.Workflow.Decide(run.State, new EventRaised(DeskRequestEvents.SlotConfirmed, payload), new DecisionContext(DeskRequestRun.Id, run.Now));

        Assert.True(d.IsRejected);
        Assert.Contains("not valid", d.Rejection, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_unknown_event_then_it_is_rejected()
    {
        var run = Script.Review();

        Assert.True(run.Raise("PartnerDanced", new ReminderRequest("s1")).IsRejected);
    }

    [Fact]
    public void Given_a_timer_that_is_not_pending_or_moved_then_its_firing_is_rejected()
    {
        var run = Script.Review();
        var due = run.DueOf(DeskRequestTimers.PartnerReminder(1));

        Assert.True(run.FireRaw(DeskRequestTimers.ConvocationExpiry, due).IsRejected);
        Assert.True(run.FireRaw(DeskRequestTimers.PartnerReminder(1), due.AddMinutes(1)).IsRejected);
        Assert.False(run.FireRaw(DeskRequestTimers.PartnerReminder(1), due).IsRejected);
        Assert.True(run.FireRaw(DeskRequestTimers.PartnerReminder(1), due).IsRejected);
    }

    [Fact]
    public void Given_each_step_change_then_the_token_is_s_plus_the_step_counter()
    {
        var tokens = new List<string>();
        var run = Script.Review();
        tokens.Add(run.Token);
        run.Accepted(DeskRequestEvents.PartnerAskedInfo, new InfoQuestion(run.Token, "?"));
        tokens.Add(run.Token);
        run.Accepted(DeskRequestEvents.InfoAnswered, new InfoAnswer(run.Token, "!"));
        tokens.Add(run.Token);
        run.Accepted(DeskRequestEvents.Remind, new ReminderRequest(run.Token));
        tokens.Add(run.Token);
        run.Accepted(DeskRequestEvents.PartnerAccepted, new PartnerAcceptance(run.Token));
        tokens.Add(run.Token);

        Assert.Equal(["s1", "s2", "s3", "s3", "s4"], tokens);
    }

    [Fact]
    public void Given_the_same_history_twice_then_the_decisions_are_identical()
    {
        static string Play()
        {
            var run = Script.FollowUp(Input(applicant: Mario(email: null)));
            run.Fire(DeskRequestTimers.Survey(30));
            return JsonSerializer.Serialize(new { run.State, run.Last.Effects, run.Last.Tags }, WorkflowJson.Options);
        }

        Assert.Equal(Play(), Play());
    }

    [Fact]
    public void Given_the_engine_untyped_path_then_input_state_and_rejections_survive_JSON()
    {
        IWorkflow workflow = new DeskRequestWorkflow();
        var context = new DecisionContext(DeskRequestRun.Id, Script.Monday);

        var started = workflow.Start(WorkflowJson.ToElement(Input()), context);
        Assert.Null(started.Rejection);
        Assert.Equal("AwaitingPartnerReview", started.CustomStatus);
        Assert.Equal("novain", started.State.GetProperty("partnerId").GetString());
        Assert.Equal(1, started.State.GetProperty("stepNumber").GetInt32());
        Assert.Equal("s1", started.State.GetProperty("stepToken").GetString());

        var accepted = workflow.Decide(
            workflow.Version,
            started.State,
            new EventRaised(DeskRequestEvents.PartnerAccepted, WorkflowJson.ToElement(new PartnerAcceptance("s1"))),
            context);
        Assert.Equal("Scheduling", accepted.CustomStatus);

        var stale = workflow.Decide(
            workflow.Version,
            accepted.State,
            new EventRaised(DeskRequestEvents.PartnerAccepted, WorkflowJson.ToElement(new PartnerAcceptance("s1"))),
            context);
        Assert.NotNull(stale.Rejection);
        Assert.Equal(JsonValueKind.Undefined, stale.State.ValueKind);
    }

    [Fact]
    public void Given_the_workflow_then_its_name_is_DeskRequest_version_1() =>
        Assert.Equal(("DeskRequest", 1), (new DeskRequestWorkflow().Name, new DeskRequestWorkflow().Version));

    [Theory]
    [InlineData(DeskRequestActions.Accept, DeskRequestEvents.PartnerAccepted)]
    [InlineData(DeskRequestActions.Decline, DeskRequestEvents.PartnerDeclined)]
    [InlineData(DeskRequestActions.Refer, DeskRequestEvents.PartnerReferred)]
    [InlineData(DeskRequestActions.AskInfo, DeskRequestEvents.PartnerAskedInfo)]
    [InlineData(DeskRequestActions.AnswerInfo, DeskRequestEvents.InfoAnswered)]
    [InlineData(DeskRequestActions.ProposeSlots, DeskRequestEvents.SlotsProposed)]
    [InlineData(DeskRequestActions.PartnerReschedule, DeskRequestEvents.SlotsProposed)]
    [InlineData("confirm-2", DeskRequestEvents.SlotConfirmed)]
    [InlineData(DeskRequestActions.OtherSlots, DeskRequestEvents.OtherSlotsRequested)]
    [InlineData(DeskRequestActions.Reschedule, DeskRequestEvents.OtherSlotsRequested)]
    [InlineData(DeskRequestActions.Cancel, DeskRequestEvents.ApplicantWithdrew)]
    [InlineData(DeskRequestActions.Withdraw, DeskRequestEvents.ApplicantWithdrew)]
    [InlineData(DeskRequestActions.PartnerCancel, DeskRequestEvents.MeetingCancelled)]
    [InlineData(DeskRequestActions.OutcomeNoShow, DeskRequestEvents.OutcomeRecorded)]
    [InlineData("survey-90", DeskRequestEvents.SurveyAnswered)]
    [InlineData(DeskRequestActions.TriageAssign, DeskRequestEvents.TriageAssign)]
    [InlineData(DeskRequestActions.Reassign, DeskRequestEvents.Reassign)]
    [InlineData(DeskRequestActions.Remind, DeskRequestEvents.Remind)]
    public void Given_an_action_of_a_link_then_it_maps_to_its_event(string action, string eventName) =>
        Assert.Equal(eventName, DeskRequestActions.EventFor(action));

    [Fact]
    public void Given_an_unknown_action_then_no_event() => Assert.Null(DeskRequestActions.EventFor("dance"));
}
