using System.Text.Json;
using Workflows.Desk.Calendar;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Demo;

/// <summary>
/// Drives one demo request through the real desk-request orchestration on its own domain clock: it starts in the
/// past, the partner, the applicant and the clock answer in turn at invented moments of it (the orchestration fires
/// every timer at its due time as its clock moves), and at the end the request is caught up to the present, so it
/// stands where a live network would have it.
/// </summary>
internal sealed class DemoJourney
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(10);
    private readonly IWorkflowCommands _commands;
    private readonly IWorkflowQueries _client;
    private readonly NetworkDirectory _directory;
    private readonly DemoRequestPlan _plan;
    private readonly Web.Desk.RequestCodeSequence _codes;
    private readonly DateTimeOffset _anchor;
    private readonly Random _random;
    private readonly InnovationDesk _desk;
    private InstanceId _id;
    private DateTimeOffset _now;

    public DemoJourney(IWorkflowCommands commands, IWorkflowQueries queries, NetworkDirectory directory, DemoRequestPlan plan, DateTimeOffset anchor, Web.Desk.RequestCodeSequence codes)
    {
        _commands = commands;
        _client = queries;
        _directory = directory;
        _plan = plan;
        _anchor = anchor;
        _codes = codes;
        _random = new Random(plan.Seed);
        _desk = directory.FindDesk(plan.Intake.DeskId)!;
    }

    /// <summary>The instance the plan's key gives.</summary>
    public static InstanceId InstanceOf(DemoRequestPlan plan) => InstanceId.FromIdempotencyKey(DeskRequestWorkflow.WorkflowName, plan.Key);

    /// <summary>Starts and drives the request. False when it already existed (nothing is done then).</summary>
    public async Task<bool> RunAsync(CancellationToken ct)
    {
        _now = _plan.CreatedAt;
        if (await _client.GetInstanceAsync(InstanceOf(_plan), false, ct) is not null)
        {
            _id = InstanceOf(_plan);
            return false;
        }

        // Demo requests take their codes from the same sequence as the desks, so a real intake never repeats one.
        var input = _directory.PrepareRequest(_plan.Intake, _plan.RequestCode);
        input = input with { RequestCode = await _codes.NextCodeAsync(input.Comune.Province, _plan.CreatedAt.Year, ct) };
        var started = await _commands.StartAsync(DeskRequestWorkflow.WorkflowName, input, new StartOptions { IdempotencyKey = _plan.Key, StartedAt = _now }, ct);
        if (started.Rejection is not null)
        {
            throw new DemoJourneyException($"{_plan.Key}: the start was refused: {started.Rejection}");
        }

        _id = started.InstanceId;
        if (!started.Created)
        {
            return false;
        }

        await DriveAsync(ct);
        await AdvanceAsync(_anchor, ct);
        var status = await _client.GetInstanceAsync(_id, true, ct)
            ?? throw new DemoJourneyException($"{_plan.Key}: the instance vanished.");
        if (status.CustomStatus != _plan.Target.ToString())
        {
            throw new DemoJourneyException($"{_plan.Key}: ended in {status.CustomStatus}, planned {_plan.Target} (created {_plan.CreatedAt:O}, clock {_now:O}, timers {string.Join(", ", status.Timers.Select(t => $"{t.Name} {t.DueAt:O}"))}, last change {status.LastUpdatedAt:O}).");
        }

        // Someone acting on the request while it is being written into the past would move its clock to today:
        // then the history goes back in time, and the request is made again.
        var times = status.History!.Select(h => h.Timestamp).ToList();
        if (times.Zip(times.Skip(1)).Any(p => p.Second < p.First))
        {
            throw new DemoJourneyException($"{_plan.Key}: it was changed live while it was being seeded.");
        }

        return true;
    }

    /// <summary>Ends and deletes a request whose seeding went wrong, so it can be made again under the same key.</summary>
    public async Task DiscardAsync(CancellationToken ct)
    {
        var id = InstanceOf(_plan);
        await _commands.TerminateAsync(id, "demo seed retry", ct);
        await _commands.PurgeAsync(id, ct);
    }

    private async Task DriveAsync(CancellationToken ct)
    {
        var created = _plan.CreatedAt;
        var span = _anchor - Margin - created;
        DateTimeOffset Along(double share) => Work(created + (span * share));

        switch (_plan.Target)
        {
            case DeskRequestStep.AwaitingTriage or DeskRequestStep.AwaitingPartnerReview:
                return;
            case DeskRequestStep.InfoRequested:
                await AskInfoAsync(Along(0.2 + (0.5 * _random.NextDouble())), ct);
                return;
            case DeskRequestStep.Declined:
                for (var round = 1; round <= 5 && await StepAsync(ct) == DeskRequestStep.AwaitingPartnerReview; round++)
                {
                    await RaiseAsync(Along(0.15 * round), DeskRequestEvents.PartnerDeclined, s => new PartnerDecline(s, DemoPeople.Pick(_random, DemoPeople.DeclineReasons)), ct);
                }

                return;
            case DeskRequestStep.Withdrawn:
                await WithdrawAsync(Along, ct);
                return;
        }

        // The partner answers within a few days, sometimes after asking for information; one in five is late and
        // leaves reminders and an escalation in the history.
        var reviewed = created;
        if (_random.Next(4) == 0)
        {
            reviewed = Work(reviewed + TimeSpan.FromDays(1));
            await AskInfoAsync(reviewed, ct);
            reviewed = Work(reviewed + TimeSpan.FromDays(1 + _random.NextDouble()));
            await RaiseAsync(reviewed, DeskRequestEvents.InfoAnswered, s => new InfoAnswer(s, DemoPeople.Pick(_random, DemoPeople.InfoAnswers)), ct);
        }

        var acceptAt = _plan.Target == DeskRequestStep.Scheduling
            ? Later(reviewed, Along(0.3 + (0.4 * _random.NextDouble())))
            : Work(reviewed + TimeSpan.FromDays(_random.Next(5) == 0 ? 7 + _random.NextDouble() : 0.2 + (2 * _random.NextDouble())));
        acceptAt = Earlier(acceptAt, _anchor - Margin);
        await RaiseAsync(acceptAt, DeskRequestEvents.PartnerAccepted, s => new PartnerAcceptance(s), ct);
        if (_plan.Target == DeskRequestStep.Scheduling)
        {
            return;
        }

        switch (_plan.Target)
        {
            case DeskRequestStep.ConvocationSent:
            {
                // Proposed in the last days, for dates ahead: the convocation is still open today.
                var proposeAt = Later(acceptAt, _anchor - TimeSpan.FromDays(1 + (_random.NextDouble() * 6)));
                await ProposeAsync(proposeAt, _anchor.AddDays(2), ct);
                return;
            }

            case DeskRequestStep.Confirmed:
            {
                var proposeAt = Later(acceptAt, Along(0.5));
                var slots = await ProposeAsync(proposeAt, _anchor.AddDays(2), ct);
                await ConfirmAsync(Later(proposeAt, Along(0.75)), slots, ct);
                return;
            }
        }

        // The meeting is in the past: AwaitingOutcome, FollowUp and Closed.
        var meetingFrom = _plan.Target == DeskRequestStep.AwaitingOutcome
            ? _anchor - TimeSpan.FromDays(8 + (_random.NextDouble() * 4))
            : created + TimeSpan.FromDays(6 + (_random.NextDouble() * 6));
        var proposeBefore = Later(acceptAt, acceptAt + TimeSpan.FromHours(20));
        var meeting = await ProposeAsync(proposeBefore, Later(proposeBefore + TimeSpan.FromDays(1), meetingFrom), ct);
        await ConfirmAsync(Later(proposeBefore, proposeBefore + TimeSpan.FromHours(6)), meeting, ct);
        await AdvanceAsync(meeting[0].End, ct);
        if (_plan.Target == DeskRequestStep.AwaitingOutcome)
        {
            return;
        }

        var outcome = _random.Next(8) == 0 ? MeetingOutcome.NoShow : MeetingOutcome.Held;
        var outcomeAt = Work(meeting[0].End + TimeSpan.FromHours(18));
        await RaiseAsync(outcomeAt, DeskRequestEvents.OutcomeRecorded, s => new OutcomeReport(s, outcome, "Incontro presso il Comune: indicati i passi successivi."), ct);
        foreach (var round in DeskRequestRules.SurveyRounds)
        {
            var answerAt = outcomeAt + TimeSpan.FromDays(round + 1 + _random.Next(4));
            if (answerAt > _anchor - Margin || _random.Next(10) < 3)
            {
                continue; // Not every applicant answers; a closing timer ends the follow-up of those who do not.
            }

            var progress = (FollowUpProgress)_random.Next(4);
            await RaiseAsync(answerAt, DeskRequestEvents.SurveyAnswered, s => new SurveyAnswer(s, round, progress, 3 + _random.Next(3), DemoPeople.Pick(_random, DemoPeople.SurveyComments)), ct);
        }
    }

    private async Task WithdrawAsync(Func<double, DateTimeOffset> along, CancellationToken ct)
    {
        var when = _random.Next(3);
        if (when >= 1)
        {
            await RaiseAsync(along(0.2), DeskRequestEvents.PartnerAccepted, s => new PartnerAcceptance(s), ct);
        }

        if (when == 2)
        {
            await ProposeAsync(along(0.4), along(0.6), ct);
        }

        await RaiseAsync(along(0.8), DeskRequestEvents.ApplicantWithdrew, s => new Withdrawal(s, DemoPeople.Pick(_random, DemoPeople.WithdrawReasons)), ct);
    }

    private Task AskInfoAsync(DateTimeOffset at, CancellationToken ct) =>
        RaiseAsync(at, DeskRequestEvents.PartnerAskedInfo, s => new InfoQuestion(s, DemoPeople.Pick(_random, DemoPeople.InfoQuestions)), ct);

    private async Task<IReadOnlyList<MeetingSlot>> ProposeAsync(DateTimeOffset at, DateTimeOffset slotsFrom, CancellationToken ct)
    {
        var first = Slot(Later(at + TimeSpan.FromHours(2), slotsFrom));
        var second = Slot(first.Start.AddDays(2));
        IReadOnlyList<MeetingSlot> slots = _random.Next(3) == 0 ? [first] : [first, second];
        await RaiseAsync(at, DeskRequestEvents.SlotsProposed, s => new SlotProposal(s, slots), ct);
        return slots;
    }

    private Task ConfirmAsync(DateTimeOffset at, IReadOnlyList<MeetingSlot> slots, CancellationToken ct) =>
        RaiseAsync(Earlier(at, slots[0].Start.AddHours(-1)), DeskRequestEvents.SlotConfirmed, s => new SlotChoice(s, 1), ct);

    /// <summary>A meeting at the desk in its office hours, or by video when the applicant prefers it, from <paramref name="from"/> on.</summary>
    private MeetingSlot Slot(DateTimeOffset from)
    {
        var day = BusinessCalendar.RomeDate(from).AddDays(1);
        if (_plan.Intake.PreferredContact == ContactMode.Video)
        {
            while (!BusinessCalendar.IsBusinessDay(day))
            {
                day = day.AddDays(1);
            }

            return new MeetingSlot(BusinessCalendar.AtRome(day, new TimeOnly(15, 0)), 45, MeetingPlace.Remote, $"https://meet.example/sportello-{_desk.Id}");
        }

        for (var i = 0; i < 14; i++, day = day.AddDays(1))
        {
            // The desk is closed on holidays and on its comune's patron day: the workflow refuses such a slot.
            if (!BusinessCalendar.IsHoliday(day, _directory.FindComune(_desk.ComuneIstat)?.PatronDay)
                && _desk.OfficeHours.FirstOrDefault(h => h.Day == day.DayOfWeek) is { } hours)
            {
                return new MeetingSlot(BusinessCalendar.AtRome(day, hours.From.AddMinutes(30)), 45, MeetingPlace.AtDesk);
            }
        }

        throw new DemoJourneyException($"{_plan.Key}: the desk {_desk.Id} has no office hours.");
    }

    private async Task RaiseAsync(DateTimeOffset at, string eventName, Func<string, object> payload, CancellationToken ct)
    {
        var target = Later(_now, Earlier(at, _anchor - Margin));
        var status = await _client.GetInstanceAsync(_id, false, ct) ?? throw new DemoJourneyException($"{_plan.Key}: gone.");
        if (status.Timers.Any(t => t.DueAt <= target))
        {
            // Timers fall due first (reminders, surveys, expiries): the event must meet the state they leave.
            await AdvanceAsync(target, ct);
            status = await _client.GetInstanceAsync(_id, false, ct) ?? throw new DemoJourneyException($"{_plan.Key}: gone.");
        }
        else
        {
            _now = target; // The event itself carries the request's new time.
        }

        var token = status.State?.GetProperty("stepToken").GetString() ?? "";
        var result = await _commands.RaiseEventAsync(_id, eventName, WorkflowJson.ToElement(payload(token)), new RaiseEventOptions { DomainNow = _now }, ct);
        if (!result.Applied)
        {
            throw new DemoJourneyException($"{_plan.Key}: {eventName} in {status.CustomStatus} was {result.Outcome}: {result.Reason}");
        }

        if (result.Reason == "queued")
        {
            // Accepted by the step rules and raised, but the orchestration has not taken it yet (a busy machine):
            // the next step must start from the state this event makes, so wait for it to be written.
            await WrittenAfterAsync(status.HistoryLength, ct);
        }
    }

    private async Task WrittenAfterAsync(long historyLength, CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        wait.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            while ((await _client.GetInstanceAsync(_id, false, wait.Token))?.HistoryLength <= historyLength)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), TimeProvider.System, wait.Token);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new DemoJourneyException($"{_plan.Key}: an event raised two minutes ago is still not taken.");
        }
    }

    /// <summary>Moves the request's clock to <paramref name="until"/>: the orchestration fires, each at its due time, the timers due by then.</summary>
    private async Task AdvanceAsync(DateTimeOffset until, CancellationToken ct)
    {
        until = Later(_now, until);
        var moved = await _commands.AdvanceClockAsync(_id, until, ct);
        if (moved.Outcome is not (EventOutcome.Applied or EventOutcome.NotRunning))
        {
            throw new DemoJourneyException($"{_plan.Key}: the clock could not move to {until:O}: {moved.Outcome} {moved.Reason}");
        }

        _now = until;
    }

    private async Task<DeskRequestStep> StepAsync(CancellationToken ct)
    {
        var status = await _client.GetInstanceAsync(_id, false, ct);
        return Enum.TryParse<DeskRequestStep>(status?.CustomStatus, out var step) ? step : DeskRequestStep.Submitted;
    }

    /// <summary>The next working moment (weekday, 09:00–18:00 in Rome) at or after <paramref name="instant"/>.</summary>
    private DateTimeOffset Work(DateTimeOffset instant)
    {
        var rome = BusinessCalendar.ToRome(instant);
        var day = DateOnly.FromDateTime(rome.DateTime);
        if (rome.Hour >= 18)
        {
            day = day.AddDays(1);
        }

        if (rome.Hour is >= 9 and < 18 && BusinessCalendar.IsBusinessDay(day))
        {
            return instant;
        }

        while (!BusinessCalendar.IsBusinessDay(day))
        {
            day = day.AddDays(1);
        }

        return BusinessCalendar.AtRome(day, new TimeOnly(9, _random.Next(60)));
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
