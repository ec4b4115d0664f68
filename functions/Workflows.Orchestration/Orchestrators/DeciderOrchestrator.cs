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
/// <para><b>Signals.</b> Every event arrives as one external event (<see cref="WorkflowSignal"/>); its single-use key is
/// remembered, so the same link twice changes nothing the second time. The outcome of each signal is written to the
/// view, where the client that raised it reads it.</para>
/// </remarks>
/// <param name="workflow">The workflow whose step rules this orchestration hosts.</param>
public class DeciderOrchestrator(IWorkflow workflow) : TaskOrchestrator<OrchestrationInput, string?>
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
    private const int MaxRecentSignals = 32;
    private const int MaxConsumedKeys = 1000;

    /// <summary>
    /// Retries of a turn's effects after a storage hiccup (a provider's refusal or rate limit is a result, not a failure):
    /// the e-mails already sent are skipped, the view is written again.
    /// </summary>
    private static readonly TaskOptions TurnRetry = TaskOptions.FromRetryPolicy(new RetryPolicy(8, TimeSpan.FromSeconds(1), 2, TimeSpan.FromMinutes(1)));

    /// <inheritdoc />
    public override async Task<string?> RunAsync(TaskOrchestrationContext context, OrchestrationInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var run = new Run(context, InstanceId.Parse(context.InstanceId), workflow);
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

        Task<WorkflowSignal>? signal = null;
        for (var turns = 0; ; turns++)
        {
            await run.FireDueTimersAsync();
            await run.HandleHeldSignalsAsync();
            if (run.Ended)
            {
                return run.Output;
            }

            // Continue as new only while no signal is awaited: a pending wait would swallow a signal arriving in the
            // same episode, while without one Durable carries every unprocessed signal over to the next execution.
            if (turns >= TurnsPerExecution && signal is null)
            {
                context.ContinueAsNew(new OrchestrationInput { Memory = run.Memory }, preserveUnprocessedEvents: true);
                return null;
            }

            signal ??= context.WaitForExternalEvent<WorkflowSignal>(WorkflowSignal.EventName);
            if (run.NextTimerDue() is { } due)
            {
                using var cancel = new CancellationTokenSource();
                var fireAt = Min(due - run.Memory.ClockOffset + TimerRounding, context.CurrentUtcDateTime + MaxTimerHop);
                var timer = context.CreateTimer(fireAt.UtcDateTime, cancel.Token);
                var winner = await Task.WhenAny(signal, timer);
                if (winner != signal)
                {
                    continue; // The timer fired (perhaps early): the loop's top checks the domain time again.
                }

                // Synchronously, on the orchestration's own thread: CancelAsync would run the timer's cancellation
                // elsewhere and the code after it would leave the orchestration's scheduler.
#pragma warning disable CA1849
                cancel.Cancel();
#pragma warning restore CA1849
            }

            var received = await signal;
            signal = null;
            await run.HandleSignalAsync(received);
            await run.HandleHeldSignalsAsync();
            if (run.Ended)
            {
                return run.Output;
            }
        }
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTime b)
    {
        var other = new DateTimeOffset(DateTime.SpecifyKind(b, DateTimeKind.Utc));
        return a < other ? a : other;
    }

    /// <summary>One execution's working set: the memory, the context and the turn helpers.</summary>
    private sealed class Run(TaskOrchestrationContext context, InstanceId instanceId, IWorkflow Workflow)
    {
        public DeciderMemory Memory { get; set; } = null!;

        public bool Ended { get; private set; }

        public string? Output { get; private set; }

        private RuntimeStatus _status = RuntimeStatus.Running;
        private string? _failure;
        private JsonElement? _input;

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
                Memory = Memory with { Held = [.. Memory.Held, signal] }; // A turn the sender saw is replaying: see Held.
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

            switch (signal.Name)
            {
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
            while (!Ended && Memory.Held.FirstOrDefault(s => s.SeenSequence <= Memory.Sequence) is { } ready)
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

            context.SetCustomStatus(new { step = Memory.CustomStatus, sequence = Memory.Sequence });

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
                    var failure = JsonSerializer.SerializeToElement(
                        new { outboxId = delivery.EmailId, kind = "refused", to = delivery.Email.To, template = delivery.Email.Template },
                        WorkflowJson.Options);
                    var message = new EventRaised("EmailUndeliverable", failure);
                    var decision = Decide(() => Workflow.Decide(Memory.Version, Memory.State, message, new DecisionContext(instanceId, DomainNow)));
                    if (decision is { Rejection: null })
                    {
                        await ApplyAsync(decision, "EventRaised", "EmailUndeliverable", JsonSerializer.SerializeToElement(new { outboxId = delivery.EmailId, kind = "refused", template = delivery.Email.Template }, WorkflowJson.Options));
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

        /// <summary>Sends the e-mails, then writes the view as it is now with the new timeline entries.</summary>
        private Task<IReadOnlyList<EmailSendResult>> CompleteTurnAsync(IReadOnlyList<EmailDelivery> emails, IReadOnlyList<TimelineRecord> entries)
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
            return context.CallActivityAsync<IReadOnlyList<EmailSendResult>>(CompleteTurnActivity.Name, new TurnEffects(emails, new ViewUpdate(view, entries)), TurnRetry);
        }

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
