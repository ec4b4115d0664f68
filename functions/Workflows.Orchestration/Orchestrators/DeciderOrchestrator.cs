using System.Text.Json;
using Microsoft.DurableTask;
using Workflows.Orchestration.Activities;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Orchestration.Orchestrators;

/// <summary>
/// Hosts one workflow's pure step rules as a Durable orchestration: it waits for the next signal or the earliest
/// pending timer, lets the decider decide, runs the effects as activities (e-mails, the dashboard's view), sets the
/// custom status and continues as new, unprocessed signals preserved, before the history grows long.
/// </summary>
/// <remarks>
/// <para><b>Determinism.</b> The code replays: time only from <see cref="TaskOrchestrationContext.CurrentUtcDateTime"/>
/// (plus the instance's clock offset, zero in production), no I/O, no randomness, no static mutable state. Every
/// decision is a pure function of the carried <see cref="DeciderMemory"/>, the message and that time.</para>
/// <para><b>Timers.</b> Every reminder, escalation and expiry the decider schedules is a durable timer armed for the
/// earliest one, a second late (<see cref="TimerRounding"/>). Durable timers on Azure Storage can fire about a second
/// early, so after each timer the domain time is checked again and the remainder waited out; a deadline never acts
/// before it is due. Timers longer than
/// <see cref="MaxTimerHop"/> are taken in hops, so a moved clock or a long follow-up is always handled.</para>
/// <para><b>Signals.</b> Every event arrives as one external event (<see cref="WorkflowSignal"/>); its single-use key and
/// its id are remembered, so the same link twice, or the same signal delivered twice, changes nothing the second time.
/// The outcome of each signal is written to the view, where the client that raised it reads it.</para>
/// <para><b>Stall, don't die.</b> A turn whose effects keep failing (storage, a bug in an activity) never fails the
/// instance: after the activity's own retries the turn is <i>stalled</i>: recorded for operators
/// (<see cref="RecordStallActivity"/>, the custom status), retried on durable timers with back-off, or at once on a
/// <see cref="WorkflowSignal.Resume"/> ("riprova"). Signals arriving meanwhile are held and decided after it.</para>
/// <para><b>Versions.</b> An execution carries the orchestration version of the code that started it
/// (<see cref="OrchestrationVersion"/>). A worker older than an execution never runs it (Durable's version check, in
/// the local worker and the Function App alike: the work item waits for a newer worker); newer code continues an older
/// execution as new, stamped with its own version, before it decides anything, so older code never replays a turn it
/// did not take.</para>
/// <para><b>Bounded replay.</b> Every <see cref="TurnsPerExecution"/> turns (or timer hops) the orchestration continues
/// as new, whether or not a signal wait is pending: a pending wait that completes after it forwards its signal to the
/// next execution, as Durable does for the events nobody waits for.</para>
/// </remarks>
/// <param name="workflow">The workflow whose step rules this orchestration hosts.</param>
/// <param name="policy">How a turn's effects are retried and a stalled turn tried again (production's by default).</param>
public class DeciderOrchestrator(IWorkflow workflow, TurnPolicy? policy = null) : TaskOrchestrator<OrchestrationInput, string?>
{
    /// <summary>The longest single durable timer; longer waits are taken in hops.</summary>
    public static readonly TimeSpan MaxTimerHop = TimeSpan.FromDays(2);

    /// <summary>
    /// Added to every timer: Azure Storage hides a timer's message for whole seconds, rounded down, so a timer armed for
    /// its due time fires up to a second early, and re-arming for the remainder (under a second, rounded down to none)
    /// fires at once, again and again until the time has come: an orchestration episode each time. Armed a second later
    /// it fires once, on time or up to a second late.
    /// </summary>
    public static readonly TimeSpan TimerRounding = TimeSpan.FromSeconds(1);

    /// <summary>Turns (signals and timers) per execution before continuing as new.</summary>
    public const int TurnsPerExecution = 20;

    /// <summary>Attempts of one e-mail before it counts as refused.</summary>
    public const int MaxEmailAttempts = 10;

    private const string MailTimerPrefix = "$mail:";
    internal const int MaxRecentSignals = 32;
    private const int MaxConsumedKeys = 1000;
    private const int MaxDecidedSignals = 500;

    /// <summary>Signals held at most (during a stall, a replayed turn, a continue-as-new).</summary>
    internal const int MaxHeldSignals = 100;

    private readonly TurnPolicy _policy = policy ?? new TurnPolicy();

    /// <inheritdoc />
    public override async Task<string?> RunAsync(TaskOrchestrationContext context, OrchestrationInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var run = new Run(context, InstanceId.Parse(context.InstanceId), workflow, _policy);
        if (run.RunsOlderExecution)
        {
            run.ContinueAsNew(input); // stamped with this code's version before anything is decided
            return null;
        }

        if (input.Memory is null)
        {
            if (!await run.StartAsync(input))
            {
                return run.Output;
            }
        }
        else
        {
            run.Memory = input.Memory;
        }

        // The durable timer armed for the next due time: kept while that time stays the same (revision 1 on), where
        // earlier executions armed a new one after every signal and the cancelled one still fired, an episode for nothing.
        Task? armed = null;
        DateTimeOffset armedFor = default;
        CancellationTokenSource? disarm = null;
        void Disarm()
        {
            // Synchronously, on the orchestration's own thread: CancelAsync would run the timer's cancellation elsewhere
            // and the code after it would leave the orchestration's scheduler.
#pragma warning disable CA1849
            disarm?.Cancel();
#pragma warning restore CA1849
            disarm?.Dispose();
            (disarm, armed) = (null, null);
        }

        try
        {
            for (var turns = 0; ; turns++)
            {
                // Before anything new is decided: every N turns, and at once when this code is newer than the execution.
                if (turns >= TurnsPerExecution || run.RunsOlderExecution)
                {
                    run.ContinueAsNew();
                    return null;
                }

                await run.FireDueTimersAsync();
                await run.HandleHeldSignalsAsync();
                if (run.Ended)
                {
                    return run.Output;
                }

                var signal = run.NextSignal();
                var realDue = run.NextTimerDue() - run.Memory.ClockOffset;
                if (armed is not null && realDue != armedFor)
                {
                    Disarm();
                }

                if (realDue is { } dueReal)
                {
                    if (armed is null)
                    {
                        disarm = new CancellationTokenSource();
                        armed = context.CreateTimer(Min(dueReal + TimerRounding, context.CurrentUtcDateTime + MaxTimerHop).UtcDateTime, disarm.Token);
                        armedFor = dueReal;
                    }

                    if (await Task.WhenAny(signal, armed) != signal)
                    {
                        Disarm(); // The timer fired (perhaps early, or a hop): the loop's top checks the domain time again.
                        continue;
                    }

                    if (run.Revision < 1)
                    {
                        Disarm(); // as executions before revision 1 did, so that they replay alike
                    }
                }

                var received = await run.TakeSignalAsync();
                if (run.RunsOlderExecution)
                {
                    run.Hold(received); // decided by this code in the next execution, stamped with its version
                    continue;
                }

                await run.HandleSignalAsync(received);
                await run.HandleHeldSignalsAsync();
                if (run.Ended)
                {
                    return run.Output;
                }
            }
        }
        finally
        {
            // Durable ends an execution (completed, continued as new) only when none of its tasks is open.
            Disarm();
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTime b)
    {
        var other = new DateTimeOffset(DateTime.SpecifyKind(b, DateTimeKind.Utc));
        return a < other ? a : other;
    }

    /// <summary>One execution's working set: the memory, the context and the turn helpers.</summary>
    private sealed class Run(TaskOrchestrationContext context, InstanceId instanceId, IWorkflow Workflow, TurnPolicy policy)
    {
        /// <summary>
        /// Retries of a turn's effects after a storage hiccup (a provider's refusal or rate limit is a result, not a
        /// failure): the e-mails already sent are skipped, the view is written again.
        /// </summary>
        private readonly TaskOptions _turnRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(policy.ActivityAttempts, policy.FirstRetry, 2, policy.MaxRetry));

        public DeciderMemory Memory { get; set; } = null!;

        public bool Ended { get; private set; }

        public string? Output { get; private set; }

        private readonly string _version = OrchestrationVersion.Of(Workflow);
        private RuntimeStatus _status = RuntimeStatus.Running;
        private string? _failure;
        private JsonElement? _input;
        private Task<WorkflowSignal>? _waiting;
        private StallRecord? _stall;
        private bool _clearStallRecord;

        /// <summary>
        /// The orchestrator revision the execution was started with (<see cref="OrchestrationVersion.OrchestratorRevision"/>):
        /// from 1 it keeps its armed timer across signals while the due time stays the same, and holds at most
        /// <see cref="MaxHeldSignals"/> signals; older executions replay as they ran.
        /// </summary>
        public int Revision { get; } = OrchestrationVersion.RevisionOf(context.Version);

        /// <summary>
        /// True once the history is replayed and the execution was started by older code: nothing new is decided in it.
        /// </summary>
        public bool RunsOlderExecution => !context.IsReplaying && OrchestrationVersion.Compare(context.Version, _version) < 0;

        /// <summary>The one pending wait for the next signal (a wait left behind would swallow a signal).</summary>
        public Task<WorkflowSignal> NextSignal() => _waiting ??= context.WaitForExternalEvent<WorkflowSignal>(WorkflowSignal.EventName);

        /// <summary>The signal the pending wait received.</summary>
        public async Task<WorkflowSignal> TakeSignalAsync()
        {
            var received = await NextSignal();
            _waiting = null;
            return received;
        }

        /// <summary>Keeps a signal in the memory, to be decided after what is under way (a stall, a continue-as-new).</summary>
        public void Hold(WorkflowSignal signal)
        {
            if (Memory.Held.Count >= MaxHeldSignals && Revision >= 1)
            {
                // Past the cap (a long stall under a flood of signals) the memory stops growing: the web app keeps
                // every signal it acknowledged and raises it again until its outcome is recorded (SignalKeeper).
                return;
            }

            Memory = Memory with { Held = [.. Memory.Held, signal] };
        }

        /// <summary>
        /// Continues as new with the memory, stamped with this code's version. A pending wait forwards what it received
        /// or receives to the next execution (as Durable does for signals nobody waits for), so no signal of this episode
        /// is swallowed by a wait of an execution that has ended.
        /// </summary>
        public void ContinueAsNew(OrchestrationInput? input = null)
        {
            if (_waiting is { } pending)
            {
                _ = ForwardAsync(pending);
                _waiting = null;
            }

            context.ContinueAsNew(new ContinueAsNewOptions
            {
                NewInput = input ?? new OrchestrationInput { Memory = Memory },
                NewVersion = _version,
                PreserveUnprocessedEvents = true,
            });
        }

        private async Task ForwardAsync(Task<WorkflowSignal> pending) =>
            context.SendEvent(context.InstanceId, WorkflowSignal.EventName, await pending);

        private DateTimeOffset DomainNow => new DateTimeOffset(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc)) + Memory.ClockOffset;

        public async Task<bool> StartAsync(OrchestrationInput input)
        {
            var real = new DateTimeOffset(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));
            var startedAt = input.StartedAt == default ? real : input.StartedAt;
            _input = input.StartInput;
            var decision = Decide(() => Workflow.Start(input.StartInput ?? default, new DecisionContext(instanceId, startedAt)));
            Memory = new DeciderMemory
            {
                Version = Workflow.Version,
                State = decision?.State ?? default,
                CreatedAt = startedAt,
                LastUpdatedAt = startedAt,
                ClockTravel = input.ClockTravel,
                ClockOffset = input.ClockTravel ? startedAt - real : TimeSpan.Zero,
            };
            if (decision is null || decision.Rejection is not null)
            {
                End(RuntimeStatus.Failed, decision?.Rejection ?? _failure ?? "The step rules failed.");
                await WriteViewAsync([Entry("Failed", null, Reason(_failure ?? decision?.Rejection))]);
                return false;
            }

            // The start's effects wait until the start is checkpointed (a timer fires only after the history that armed it
            // is saved). Durable sends an episode's messages before it saves the history: an e-mail link or a view acted
            // on before then would raise events that Durable drops as meant for no instance if the worker dies meanwhile.
            await context.CreateTimer(context.CurrentUtcDateTime, CancellationToken.None);
            await ApplyAsync(decision, "Started", null, null);
            return !Ended;
        }

        public DateTimeOffset? NextTimerDue() => Memory.Timers.Count == 0 ? null : Memory.Timers.Values.Min();

        public async Task FireDueTimersAsync()
        {
            while (!Ended && Memory.Timers.Count > 0)
            {
                var (name, due) = Memory.Timers.OrderBy(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).First();
                if (due > DomainNow)
                {
                    return;
                }

                Memory = Memory with { Timers = Without(Memory.Timers, name) };
                if (name.StartsWith(MailTimerPrefix, StringComparison.Ordinal))
                {
                    await RetryEmailAsync(name[MailTimerPrefix.Length..]);
                    continue;
                }

                // A timer acts at its due time, even when it fires later (a worker was down, or a test or the demo moved
                // the clock past several): what it schedules next counts from then, as if it had fired on time.
                var at = due > Memory.LastUpdatedAt ? due : Memory.LastUpdatedAt;
                var decision = Decide(() => Workflow.Decide(Memory.Version, Memory.State, new TimerFired(name, due), new DecisionContext(instanceId, at)));
                if (decision is null)
                {
                    await FailAsync("TimerFired", name);
                }
                else if (decision.Rejection is not null)
                {
                    await WriteViewAsync([]); // A stale timer: nothing changes but its removal.
                }
                else
                {
                    await ApplyAsync(decision, "TimerFired", name, null, at);
                }
            }
        }

        public async Task HandleSignalAsync(WorkflowSignal signal)
        {
            if (signal.SeenSequence is { } seen && seen > Memory.Sequence && !Ended)
            {
                Hold(signal); // A turn the sender saw is replaying: see Held.
                return;
            }

            if (signal.DomainNow is { } moved && Memory.ClockTravel && moved > DomainNow)
            {
                var real = new DateTimeOffset(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc));
                Memory = Memory with { ClockOffset = moved - real };
                await FireDueTimersAsync();
            }

            if (Ended)
            {
                return;
            }

            if (Memory.DecidedSignals.Contains(signal.SignalId))
            {
                return; // delivered again (a client's retry, the web app raising a kept signal again): decided once
            }

            switch (signal.Name)
            {
                case WorkflowSignal.Resume:
                    // Not stalled (any more): nothing to resume, but a row left in the stalled list (a replay the worker
                    // had left, now taken by code that can) goes with this turn.
                    _clearStallRecord = true;
                    await RecordAsync(signal, "Applied", null);
                    return;
                case WorkflowSignal.AdvanceClock:
                    await RecordAsync(signal, Memory.ClockTravel ? "Applied" : "Rejected", Memory.ClockTravel ? null : "Clock travel is off.");
                    return;
                case WorkflowSignal.RetryEmail:
                    var emailId = signal.Payload is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty("emailId", out var e) ? e.GetString() : null;
                    await RecordAsync(signal, "Applied", null);
                    if (emailId is not null)
                    {
                        await RetryEmailAsync(emailId);
                    }

                    return;
            }

            if (signal.SingleUseKey is { } key && Memory.ConsumedKeys.Contains(key))
            {
                await RecordAsync(signal, "AlreadyConsumed", null);
                return;
            }

            var message = new EventRaised(signal.Name, signal.Payload ?? default);
            var decision = Decide(() => Workflow.Decide(Memory.Version, Memory.State, message, new DecisionContext(instanceId, DomainNow)));
            if (decision is null)
            {
                AddSignal(signal, "Rejected", _failure);
                await FailAsync("EventRaised", signal.Name);
                return;
            }

            if (decision.Rejection is not null)
            {
                await RecordAsync(signal, "Rejected", decision.Rejection);
                return;
            }

            if (signal.SingleUseKey is { } used)
            {
                Memory = Memory with { ConsumedKeys = [.. Memory.ConsumedKeys.TakeLast(MaxConsumedKeys - 1), used] };
            }

            AddSignal(signal, "Applied", null, decision.CustomStatus ?? Memory.CustomStatus);
            await ApplyAsync(decision, "EventRaised", signal.Name, signal.Payload);
        }

        /// <summary>Decides the held signals whose sender's view this memory has now reached, oldest first.</summary>
        public async Task HandleHeldSignalsAsync()
        {
            while (!Ended && Memory.Held.FirstOrDefault(s => s.SeenSequence is null || s.SeenSequence <= Memory.Sequence) is { } ready)
            {
                Memory = Memory with { Held = [.. Memory.Held.Where(s => s.SignalId != ready.SignalId)] };
                await HandleSignalAsync(ready);
            }
        }

        private async Task RecordAsync(WorkflowSignal signal, string outcome, string? reason)
        {
            AddSignal(signal, outcome, reason);
            await WriteViewAsync([]);
        }

        private void AddSignal(WorkflowSignal signal, string outcome, string? reason, string? step = null) =>
            Memory = Memory with
            {
                RecentSignals = [.. Memory.RecentSignals.TakeLast(MaxRecentSignals - 1), new SignalOutcome(signal.SignalId, outcome, reason, step ?? Memory.CustomStatus)],
                DecidedSignals = [.. Memory.DecidedSignals.TakeLast(MaxDecidedSignals - 1), signal.SignalId],
            };

        private async Task ApplyAsync(RawDecision decision, string kind, string? name, JsonElement? payload, DateTimeOffset? at = null)
        {
            var now = at ?? DomainNow;
            var timers = new Dictionary<string, DateTimeOffset>(Memory.Timers, StringComparer.Ordinal);
            var emails = new List<EmailDelivery>();
            var count = Memory.EmailCount;
            foreach (var effect in decision.Effects)
            {
                switch (effect)
                {
                    case ScheduleTimer s:
                        timers[s.Name] = s.DueAt;
                        break;
                    case CancelTimer c:
                        timers.Remove(c.Name);
                        break;
                    case SendEmail mail:
                        count++;
                        emails.Add(new EmailDelivery(instanceId.Value, Workflow.Name, count.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), mail, 1, now));
                        break;
                }
            }

            Memory = Memory with
            {
                Version = Workflow.Version,
                State = decision.State,
                CustomStatus = decision.CustomStatus ?? Memory.CustomStatus,
                Tags = decision.Tags is null ? Memory.Tags : new Dictionary<string, string>(decision.Tags, StringComparer.Ordinal),
                Timers = timers,
                EmailCount = count,
                LastUpdatedAt = now,
            };
            var entries = new List<TimelineRecord> { Entry(kind, name, payload, now) };
            if (decision.Completion is { } completion)
            {
                End(completion.Status is RuntimeStatus.Failed ? RuntimeStatus.Failed : RuntimeStatus.Completed, completion.Output);
                entries.Add(Entry(_status.ToString(), null, null, now));
            }

            SetStatus();

            // The e-mails first, then the view (one activity): when the view says a step was taken, its e-mails have left.
            var results = await CompleteTurnAsync(emails, entries);
            await FollowUpAsync(emails, results);
        }

        private async Task RetryEmailAsync(string emailId)
        {
            EmailDelivery? delivery;
            if (Memory.PendingEmails.TryGetValue(emailId, out var pending))
            {
                delivery = new EmailDelivery(instanceId.Value, Workflow.Name, emailId, pending.Email, pending.Attempt, DomainNow);
                Memory = Memory with { PendingEmails = Without(Memory.PendingEmails, emailId) };
            }
            else
            {
                delivery = await context.CallActivityAsync<EmailDelivery?>(ResendEmailActivity.Name, new ResendRequest(instanceId.Value, emailId));
            }

            if (delivery is null)
            {
                return;
            }

            await FollowUpAsync([delivery], await CompleteTurnAsync([delivery], []));
        }

        /// <summary>Schedules the retries of e-mails that failed for now, and tells the decider of refused ones.</summary>
        private async Task FollowUpAsync(IReadOnlyList<EmailDelivery> emails, IReadOnlyList<EmailSendResult> results)
        {
            for (var i = 0; i < emails.Count; i++)
            {
                var delivery = emails[i];
                var result = results[i];
                if (result.Status == EmailSendResult.Retry && delivery.Attempt < MaxEmailAttempts)
                {
                    var backoff = TimeSpan.FromSeconds(5 * Math.Pow(2, delivery.Attempt - 1));
                    var wait = result.RetryAfter is { } after && after > backoff ? after : backoff;
                    wait = wait > TimeSpan.FromHours(1) ? TimeSpan.FromHours(1) : wait;
                    Memory = Memory with
                    {
                        PendingEmails = With(Memory.PendingEmails, delivery.EmailId, new PendingEmail(delivery.Email, delivery.Attempt + 1)),
                        Timers = With(Memory.Timers, MailTimerPrefix + delivery.EmailId, DomainNow + wait),
                    };
                }
                else if (result.Status != EmailSendResult.Sent && !Ended)
                {
                    // Refused (4xx), or still failing when its attempts ran out: the step rules tell whom it concerns.
                    var kind = result.Status == EmailSendResult.Retry ? "exhausted" : "refused";
                    var failure = JsonSerializer.SerializeToElement(
                        new { outboxId = delivery.EmailId, kind, to = delivery.Email.To, template = delivery.Email.Template },
                        WorkflowJson.Options);
                    var message = new EventRaised("EmailUndeliverable", failure);
                    var decision = Decide(() => Workflow.Decide(Memory.Version, Memory.State, message, new DecisionContext(instanceId, DomainNow)));
                    if (decision is { Rejection: null })
                    {
                        await ApplyAsync(decision, "EventRaised", "EmailUndeliverable", JsonSerializer.SerializeToElement(new { outboxId = delivery.EmailId, kind, template = delivery.Email.Template }, WorkflowJson.Options));
                    }
                }
            }
        }

        private async Task FailAsync(string kind, string? name)
        {
            End(RuntimeStatus.Failed, null);
            await WriteViewAsync([Entry(kind, name, null), Entry("Failed", null, Reason(_failure))]);
        }

        private void End(RuntimeStatus status, string? output)
        {
            Ended = true;
            _status = status;
            Output = output;
            if (status is RuntimeStatus.Failed)
            {
                _failure ??= output;
            }

            Memory = Memory with { Timers = [], PendingEmails = [] };
        }

        private TimelineRecord Entry(string kind, string? name, JsonElement? payload, DateTimeOffset? at = null)
        {
            Memory = Memory with { Sequence = Memory.Sequence + 1 };
            return new TimelineRecord(Memory.Sequence, kind, name, at ?? DomainNow, Memory.CustomStatus, payload);
        }

        private static JsonElement? Reason(string? reason) =>
            reason is null ? null : JsonSerializer.SerializeToElement(new { reason }, WorkflowJson.Options);

        private async Task WriteViewAsync(IReadOnlyList<TimelineRecord> entries) => await CompleteTurnAsync([], entries);

        /// <summary>
        /// Sends the e-mails, then writes the view as it is now with the new timeline entries. The input carries what was
        /// decided (the e-mails' ids and a digest of the turn) and the activity returns them: when a replay by other code
        /// decided this turn differently, the results are never paired with the wrong e-mails (see
        /// <see cref="TurnDivergedException"/>). A turn that keeps failing stalls: see <see cref="StallAsync"/>.
        /// </summary>
        private async Task<IReadOnlyList<EmailSendResult>> CompleteTurnAsync(IReadOnlyList<EmailDelivery> emails, IReadOnlyList<TimelineRecord> entries)
        {
            var view = new InstanceViewRecord
            {
                InstanceId = instanceId,
                Name = Workflow.Name,
                Version = Memory.Version,
                RuntimeStatus = _status,
                CustomStatus = Memory.CustomStatus,
                Tags = Memory.Tags,
                CreatedAt = Memory.CreatedAt,
                LastUpdatedAt = Memory.LastUpdatedAt,
                Input = _input,
                State = Memory.State.ValueKind is JsonValueKind.Undefined ? null : Memory.State,
                Output = Ended && _status is RuntimeStatus.Completed ? Output : null,
                FailureReason = _status is RuntimeStatus.Failed ? _failure : null,
                Timers = [.. Memory.Timers.Where(t => !t.Key.StartsWith('$')).OrderBy(t => t.Value).Select(t => new TimerView(t.Key, t.Value))],
                Sequence = Memory.Sequence,
                EndedAt = Ended ? DomainNow : null,
                ConsumedKeys = Memory.ConsumedKeys,
                RecentSignals = [.. Memory.RecentSignals.Select(s => new SignalOutcomeView(s.SignalId, s.Outcome, s.Reason, s.CustomStatus))],
                ClockOffset = Memory.ClockOffset,
            };
            var effects = new TurnEffects(emails, new ViewUpdate(view, entries)) { Decided = TurnDigest.Of(emails, view.Sequence, view.CustomStatus) };
            for (var attempt = 1; ; attempt++)
            {
                TurnResult result;
                try
                {
                    result = await context.CallActivityAsync<TurnResult>(CompleteTurnActivity.Name, effects with { EndsStall = _stall is not null || _clearStallRecord }, _turnRetry);
                }
                catch (TaskFailedException failure)
                {
                    await StallAsync(failure.FailureDetails.ErrorMessage, attempt);
                    continue;
                }

                if (result.Decided is { } recorded && recorded != effects.Decided)
                {
                    throw new TurnDivergedException(instanceId, Memory.Sequence, recorded, effects.Decided);
                }

                _clearStallRecord = false;
                if (_stall is not null)
                {
                    _stall = null;
                    SetStatus();
                }

                return result.Emails;
            }
        }

        /// <summary>
        /// The turn's effects failed after their retries: the instance does not end. It says so (custom status, the
        /// operators' list of stalled requests, an alert), then waits on a durable timer with back-off, or for a
        /// <see cref="WorkflowSignal.Resume"/>, and the caller tries the same effects again. Other signals are held and
        /// decided after the turn has gone through.
        /// </summary>
        private async Task StallAsync(string cause, int attempt)
        {
            var since = _stall?.Since ?? DomainNow;
            _stall = new StallRecord(instanceId.Value, Workflow.Name, Memory.CustomStatus, Memory.Tags, Truncate(cause), since, attempt, DomainNow);
            SetStatus();
            try
            {
                await context.CallActivityAsync(RecordStallActivity.Name, new StallReport(_stall, ResponsibleForThis(), Memory.Tags.GetValueOrDefault("code") ?? instanceId.Value));
            }
            catch (TaskFailedException)
            {
                // Storage itself is failing: the custom status still says it, and the next attempt records it.
            }

            var backoff = policy.FirstStallWait * Math.Pow(2, Math.Min(attempt - 1, 16));
            using var cancel = new CancellationTokenSource();
            var timer = context.CreateTimer(context.CurrentUtcDateTime + (backoff < policy.MaxStallWait ? backoff : policy.MaxStallWait), cancel.Token);
            while (true)
            {
                if (await Task.WhenAny(NextSignal(), timer) == timer)
                {
                    return;
                }

                var signal = await TakeSignalAsync();
                if (signal.Name == WorkflowSignal.Resume && !Memory.DecidedSignals.Contains(signal.SignalId))
                {
#pragma warning disable CA1849 // synchronously, on the orchestration's thread (see the main loop)
                    cancel.Cancel();
#pragma warning restore CA1849
                    Memory = Memory with { DecidedSignals = [.. Memory.DecidedSignals.TakeLast(MaxDecidedSignals - 1), signal.SignalId] };
                    return;
                }

                Hold(signal);
            }
        }

        /// <summary>Who answers for this instance (the step rules say); none when the rules cannot tell.</summary>
        private IReadOnlyList<string> ResponsibleForThis()
        {
            try
            {
                return Workflow.Responsible(Memory.Version, Memory.State);
            }
#pragma warning disable CA1031 // An alert's recipients must not fail the stall's record.
            catch (Exception)
#pragma warning restore CA1031
            {
                return [];
            }
        }

        private static string Truncate(string text) => text.Length <= 500 ? text : text[..500] + "…";

        private void SetStatus() => context.SetCustomStatus(_stall is { } stall
            ? new { step = Memory.CustomStatus, sequence = Memory.Sequence, stalled = new { stall.Cause, stall.Since, stall.Attempts } }
            : (object)new { step = Memory.CustomStatus, sequence = Memory.Sequence });

        /// <summary>Runs the pure step rules; a rule that throws fails the instance (recorded, never retried).</summary>
        private RawDecision? Decide(Func<RawDecision> decide)
        {
            try
            {
                return decide();
            }
#pragma warning disable CA1031 // A decider's bug must end this instance visibly, not crash the worker in a loop.
            catch (Exception e)
#pragma warning restore CA1031
            {
                _failure = e.GetType().Name + ": " + e.Message;
                return null;
            }
        }

        private static Dictionary<string, T> Without<T>(Dictionary<string, T> map, string key)
        {
            var copy = new Dictionary<string, T>(map, StringComparer.Ordinal);
            copy.Remove(key);
            return copy;
        }

        private static Dictionary<string, T> With<T>(Dictionary<string, T> map, string key, T value) =>
            new(map, StringComparer.Ordinal) { [key] = value };
    }
}
