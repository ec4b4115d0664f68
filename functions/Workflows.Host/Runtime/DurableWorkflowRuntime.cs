using System.Runtime.CompilerServices;
using System.Text.Json;
using DurableTask.Core;
using DurableTask.Core.Exceptions;
using Microsoft.Extensions.Options;
using Workflows.Orchestration.Activities;
using Workflows.Orchestration.Hosting;
using Workflows.Orchestration.Orchestrators;
using Workflows.Orchestration.Retention;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Host.Runtime;

/// <summary>
/// The seam over Durable Task: commands go to the task hub through DurableTask.Core's <see cref="TaskHubClient"/>,
/// queries read the dashboard's view table the orchestrations write.
/// </summary>
/// <remarks>
/// Raising an event in Durable is asynchronous and says nothing of its outcome, so an event is first checked with the
/// workflow's own step rules against the instance's current view (a refusal or a used link is known at once), then
/// raised, and the outcome the orchestration writes for it is awaited for up to <see cref="TaskHubOptions.OutcomeWait"/>.
/// </remarks>
public sealed class DurableWorkflowRuntime(TaskHub hub, WorkflowViewStore views, IEnumerable<IWorkflow> workflows, TimeProvider time, IOptions<TaskHubOptions> options, SignalKeeper? keeper = null)
    : IWorkflowCommands, IWorkflowQueries
{
    private readonly Dictionary<string, IWorkflow> _workflows = workflows.ToDictionary(w => w.Name, StringComparer.Ordinal);

    private static readonly OrchestrationStatus[] AnyStatus =
    [
        OrchestrationStatus.Running, OrchestrationStatus.Completed, OrchestrationStatus.ContinuedAsNew, OrchestrationStatus.Failed,
        OrchestrationStatus.Canceled, OrchestrationStatus.Terminated, OrchestrationStatus.Pending, OrchestrationStatus.Suspended,
    ];

    private readonly bool _clockTravel = options.Value.AllowClockTravel;

    /// <summary>
    /// How long moving a clock (tests and the demo only) waits for the timers it makes due: a clock moved by months
    /// fires many, and whoever moves it reads the instance next, so it waits for them rather than answer "queued".
    /// </summary>
    private static readonly TimeSpan ClockWait = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Waiting for the orchestration's answer, the view is read again after this, then after twice as long, up to
    /// <see cref="LastPoll"/>. A worker in this process wakes the wait the moment it writes the view, so reading is
    /// only for a worker elsewhere (the Function App): then the first reads come quickly, as a person waits.
    /// </summary>
    private TimeSpan FirstPoll => options.Value.RunWorker ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromMilliseconds(25);

    private TimeSpan LastPoll => options.Value.RunWorker ? TimeSpan.FromSeconds(1) : TimeSpan.FromMilliseconds(200);

    private TimeSpan NextPoll(TimeSpan delay) => delay * 2 < LastPoll ? delay * 2 : LastPoll;

    /// <summary>How long a command waits for the orchestration to tell what became of it (<see cref="TaskHubOptions.OutcomeWait"/>).</summary>
    private TimeSpan OutcomeWait => options.Value.OutcomeWait;

    // ---- Commands ----------------------------------------------------------------------------------------------------

    /// <inheritdoc />
    public async Task<StartResult> StartAsync(string workflowName, object? input, StartOptions? options, CancellationToken cancellationToken)
    {
        if (!_workflows.TryGetValue(workflowName, out var workflow))
        {
            throw new ArgumentException($"No workflow named '{workflowName}'.", nameof(workflowName));
        }

        var id = options?.InstanceId
            ?? (options?.IdempotencyKey is { Length: > 0 } key ? InstanceId.FromIdempotencyKey(workflowName, key) : InstanceId.New());
        if (await views.GetAsync(id, cancellationToken) is not null)
        {
            return new StartResult(id, Created: false);
        }

        var now = _clockTravel && options?.StartedAt is { } startedAt ? startedAt : time.GetUtcNow();
        var json = input is JsonElement element ? element : JsonSerializer.SerializeToElement(input, WorkflowJson.Options);
        var decision = workflow.Start(json, new DecisionContext(id, now));
        if (decision.Rejection is { } rejection)
        {
            return new StartResult(id, Created: false, rejection);
        }

        try
        {
            await hub.Client.CreateOrchestrationInstanceAsync(
                workflowName,
                OrchestrationVersion.Of(workflow),
                id.Value,
                new OrchestrationInput { StartInput = json, StartedAt = now, ClockTravel = _clockTravel },
                tags: null,
                AnyStatus);
        }
        catch (OrchestrationAlreadyExistsException)
        {
            return new StartResult(id, Created: false);
        }

        // The orchestration writes the view on its first turn; this first row makes the request visible at once.
        await views.WriteAsync(
            new InstanceViewRecord
            {
                InstanceId = id,
                Name = workflowName,
                Version = workflow.Version,
                RuntimeStatus = RuntimeStatus.Pending,
                CustomStatus = decision.CustomStatus,
                Tags = decision.Tags ?? new Dictionary<string, string>(),
                CreatedAt = now,
                LastUpdatedAt = now,
                Input = json,
                State = decision.State,
                Sequence = 0,
            },
            [],
            cancellationToken);

        // Wait briefly for the first turn (routing, first e-mails), so the page that follows shows it; if it has not come
        // by then, the request is started and queued: the first turn will come.
        await WaitForViewAsync(id, v => v?.Sequence is not (null or 0), OutcomeWait, cancellationToken);

        return new StartResult(id, Created: true);
    }

    /// <inheritdoc />
    public async Task<EventResult> RaiseEventAsync(InstanceId instanceId, string eventName, object? payload, RaiseEventOptions? options, CancellationToken cancellationToken)
    {
        var view = await views.GetAsync(instanceId, cancellationToken);
        if (view is null)
        {
            return new EventResult(EventOutcome.NotFound, null, null);
        }

        if (!view.RuntimeStatus.IsRunning())
        {
            return new EventResult(EventOutcome.NotRunning, view.RuntimeStatus, view.CustomStatus);
        }

        if (options?.SingleUseKey is { } key && view.ConsumedKeys.Contains(key))
        {
            return new EventResult(EventOutcome.AlreadyConsumed, view.RuntimeStatus, view.CustomStatus);
        }

        if (options?.SignalId is { } sent && view.RecentSignals.FirstOrDefault(s => s.SignalId == sent) is { } decided)
        {
            return new EventResult(Outcome(decided.Outcome), view.RuntimeStatus, decided.CustomStatus ?? view.CustomStatus, decided.Reason);
        }

        var json = payload is null ? (JsonElement?)null : payload is JsonElement e ? e : JsonSerializer.SerializeToElement(payload, WorkflowJson.Options);
        var at = _clockTravel ? options?.DomainNow : null;
        var now = at ?? time.GetUtcNow() + (_clockTravel ? TimeSpan.Zero : view.ClockOffset);
        if (Precheck(view, new EventRaised(eventName, json ?? default), now) is { } refusal && view.Timers.All(t => t.DueAt > now))
        {
            // Refused at once by the same step rules. (With a timer already due, the timer may change the step first:
            // then the orchestration decides, and the answer comes from it.)
            return new EventResult(EventOutcome.Rejected, view.RuntimeStatus, view.CustomStatus, refusal);
        }

        return await SignalAsync(instanceId, eventName, json, options?.SingleUseKey, cancellationToken, at, seen: view.Sequence, signalId: options?.SignalId);
    }

    /// <inheritdoc />
    public Task<EventResult> AdvanceClockAsync(InstanceId instanceId, DateTimeOffset domainNow, CancellationToken cancellationToken) =>
        _clockTravel
            ? SignalAsync(instanceId, WorkflowSignal.AdvanceClock, null, null, cancellationToken, domainNow, ClockWait)
            : Task.FromResult(new EventResult(EventOutcome.Rejected, null, null, "Moving the clock is allowed only in tests and the demo."));

    /// <summary>
    /// Tests and the demo only: moves the domain clock of every running instance to the app's current time, so the
    /// timers due by then act. Returns how many instances were moved.
    /// </summary>
    public async Task<int> AdvanceAllClocksAsync(CancellationToken cancellationToken)
    {
        if (!_clockTravel)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var running = new List<InstanceId>();
        await foreach (var v in views.QueryAllAsync(new ViewQuery { RuntimeStatus = [RuntimeStatus.Running, RuntimeStatus.Pending] }, cancellationToken))
        {
            running.Add(v.InstanceId);
        }

        // A few at a time: each is a signal and a wait for its outcome, and all at once (hundreds in a demo or a test
        // host) swamped the storage emulator until its calls timed out.
        await Parallel.ForEachAsync(
            running,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (id, ct) => await AdvanceClockAsync(id, now, ct));
        return running.Count;
    }

    /// <inheritdoc />
    public async Task<EventResult> SuspendAsync(InstanceId instanceId, string? reason, CancellationToken cancellationToken)
    {
        var view = await views.GetAsync(instanceId, cancellationToken);
        if (view is null)
        {
            return new EventResult(EventOutcome.NotFound, null, null);
        }

        if (!view.RuntimeStatus.IsRunning())
        {
            return new EventResult(EventOutcome.NotRunning, view.RuntimeStatus, view.CustomStatus);
        }

        await hub.Client.SuspendInstanceAsync(new OrchestrationInstance { InstanceId = instanceId.Value }, reason ?? string.Empty);
        await views.SetStatusAsync(instanceId, RuntimeStatus.Suspended, "Suspended", reason, DomainNow(view), cancellationToken);
        return new EventResult(EventOutcome.Applied, RuntimeStatus.Suspended, view.CustomStatus);
    }

    /// <inheritdoc />
    public async Task<EventResult> ResumeAsync(InstanceId instanceId, string? reason, CancellationToken cancellationToken)
    {
        var view = await views.GetAsync(instanceId, cancellationToken);
        if (view is null)
        {
            return new EventResult(EventOutcome.NotFound, null, null);
        }

        if (view.RuntimeStatus is not RuntimeStatus.Suspended)
        {
            return new EventResult(EventOutcome.NotRunning, view.RuntimeStatus, view.CustomStatus);
        }

        await views.SetStatusAsync(instanceId, RuntimeStatus.Running, "Resumed", reason, DomainNow(view), cancellationToken);
        await hub.Client.ResumeInstanceAsync(new OrchestrationInstance { InstanceId = instanceId.Value }, reason ?? string.Empty);
        return new EventResult(EventOutcome.Applied, RuntimeStatus.Running, view.CustomStatus);
    }

    /// <inheritdoc />
    public async Task<EventResult> TerminateAsync(InstanceId instanceId, string? reason, CancellationToken cancellationToken)
    {
        var view = await views.GetAsync(instanceId, cancellationToken);
        if (view is null)
        {
            return new EventResult(EventOutcome.NotFound, null, null);
        }

        if (view.IsTerminal())
        {
            return new EventResult(EventOutcome.NotRunning, view.RuntimeStatus, view.CustomStatus);
        }

        await hub.Client.TerminateInstanceAsync(new OrchestrationInstance { InstanceId = instanceId.Value }, reason ?? string.Empty);
        await views.SetStatusAsync(instanceId, RuntimeStatus.Terminated, "Terminated", reason, DomainNow(view), cancellationToken);
        return new EventResult(EventOutcome.Applied, RuntimeStatus.Terminated, view.CustomStatus);
    }

    /// <inheritdoc />
    public async Task<PurgeResult> PurgeAsync(InstanceId instanceId, CancellationToken cancellationToken)
    {
        var view = await views.GetAsync(instanceId, cancellationToken);
        if (view is null)
        {
            return PurgeResult.NotFound;
        }

        if (!view.IsTerminal())
        {
            return PurgeResult.NotEnded;
        }

        await hub.Service.PurgeInstanceHistoryAsync(instanceId.Value);
        await views.DeleteAsync(instanceId, cancellationToken);
        return PurgeResult.Purged;
    }

    /// <inheritdoc />
    public async Task<int> PurgeAsync(WorkflowQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var ended = new List<InstanceId>();
        await foreach (var v in views.QueryAllAsync(ToViewQuery(query), cancellationToken))
        {
            if (v.IsTerminal())
            {
                ended.Add(v.InstanceId);
            }
        }

        var purged = 0;
        foreach (var id in ended)
        {
            purged += await PurgeAsync(id, cancellationToken) == PurgeResult.Purged ? 1 : 0;
        }

        return purged;
    }

    /// <inheritdoc />
    public async Task<EraseResult> EraseAsync(InstanceId instanceId, CancellationToken cancellationToken)
    {
        var view = await views.GetAsync(instanceId, cancellationToken);
        if (view is null)
        {
            return EraseResult.NotFound;
        }

        if (!view.IsTerminal())
        {
            return EraseResult.NotEnded;
        }

        // The Durable history holds the inputs and events: it goes whole. The view keeps its non-personal fields.
        await hub.Service.PurgeInstanceHistoryAsync(instanceId.Value);
        if (view.ErasedAt is not null)
        {
            return EraseResult.AlreadyErased;
        }

        await views.EraseAsync(instanceId, time.GetUtcNow(), cancellationToken);
        return EraseResult.Erased;
    }

    /// <inheritdoc />
    public async Task<int> EraseEndedAsync(IReadOnlyCollection<string> workflowNames, DateTimeOffset endedBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workflowNames);
        var due = new List<InstanceId>();
        await foreach (var v in views.QueryAllAsync(EndedInstanceEraser.DueQuery(endedBefore), cancellationToken))
        {
            if (workflowNames.Contains(v.Name) && EndedInstanceEraser.IsDue(v, endedBefore))
            {
                due.Add(v.InstanceId);
            }
        }

        var erased = 0;
        foreach (var id in due)
        {
            erased += await EraseAsync(id, cancellationToken) == EraseResult.Erased ? 1 : 0;
        }

        return erased;
    }

    /// <inheritdoc />
    public Task<bool> RecordDeliveryAsync(InstanceId instanceId, string emailId, DeliveryEvent delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return views.AddDeliveryAsync(instanceId, emailId, new DeliveryRecord(delivery.Event, delivery.At, delivery.Reason), cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> RetryFailedEmailAsync(string failureId, CancellationToken cancellationToken)
    {
        if (await views.GetFailedEmailAsync(failureId, cancellationToken) is not { } failed || !InstanceId.TryParse(failed.InstanceId, out var id))
        {
            return false;
        }

        var view = await views.GetAsync(id, cancellationToken);
        if (view is not null && view.RuntimeStatus.IsRunning())
        {
            await RaiseAsync(id, new WorkflowSignal(NewSignalId(), WorkflowSignal.RetryEmail, JsonSerializer.SerializeToElement(new { emailId = failed.EmailId }), null, null));
        }
        else
        {
            await hub.Client.CreateOrchestrationInstanceAsync(
                EmailRetryOrchestrator.Name, string.Empty, "retry-" + NewSignalId(), new ResendRequest(failed.InstanceId, failed.EmailId));
        }

        return true;
    }

    /// <inheritdoc />
    public async Task<EventResult> RetryStalledAsync(InstanceId instanceId, CancellationToken cancellationToken)
    {
        var view = await views.GetAsync(instanceId, cancellationToken);
        if (view is null)
        {
            return new EventResult(EventOutcome.NotFound, null, null);
        }

        if (await views.GetStallAsync(instanceId, cancellationToken) is null)
        {
            return new EventResult(EventOutcome.Rejected, view.RuntimeStatus, view.CustomStatus, "La richiesta non è bloccata / The request is not stalled.");
        }

        // No wait for an outcome: the turn is tried again now and says so by leaving the stalled list.
        await RaiseAsync(instanceId, new WorkflowSignal(NewSignalId(), WorkflowSignal.Resume, null, null, null));
        return new EventResult(EventOutcome.Applied, view.RuntimeStatus, view.CustomStatus, "queued");
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StallRecord>> GetStalledAsync(CancellationToken cancellationToken) => views.GetStalledAsync(cancellationToken);

    /// <inheritdoc />
    public Task<StallRecord?> GetStallAsync(InstanceId instanceId, CancellationToken cancellationToken) => views.GetStallAsync(instanceId, cancellationToken);

    /// <inheritdoc />
    public async Task<int> RetryAllFailedEmailsAsync(CancellationToken cancellationToken)
    {
        var retried = 0;
        foreach (var failed in await views.GetFailedEmailsAsync(cancellationToken))
        {
            retried += await RetryFailedEmailAsync(failed.Id, cancellationToken) ? 1 : 0;
        }

        return retried;
    }

    // ---- Queries -----------------------------------------------------------------------------------------------------

    /// <inheritdoc />
    public async Task<WorkflowView?> GetInstanceAsync(InstanceId instanceId, bool includeTimeline, CancellationToken cancellationToken)
    {
        var view = await views.GetAsync(instanceId, cancellationToken);
        if (view is null)
        {
            return null;
        }

        var timeline = includeTimeline ? await GetTimelineAsync(instanceId, 1, 10_000, cancellationToken) : null;
        return ToView(view, timeline);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TimelineEntry>> GetTimelineAsync(InstanceId instanceId, long fromSequence, int max, CancellationToken cancellationToken) =>
        [.. (await views.GetTimelineAsync(instanceId, fromSequence, max, cancellationToken))
            .Select(t => new TimelineEntry(t.Sequence, t.Kind, t.Name, t.Timestamp, t.CustomStatus, t.Payload))];

    /// <inheritdoc />
    public async Task<WorkflowViewPage> QueryAsync(WorkflowQuery query, string? continuationToken, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (items, next) = await views.QueryAsync(ToViewQuery(query), continuationToken, cancellationToken);
        return new WorkflowViewPage([.. items.Select(v => ToView(v, null))], next);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<WorkflowView> QueryAllAsync(WorkflowQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await foreach (var v in views.QueryAllAsync(ToViewQuery(query), cancellationToken))
        {
            yield return ToView(v, null);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<EmailRecord>> GetEmailsAsync(InstanceId instanceId, CancellationToken cancellationToken) =>
        [.. (await views.GetEmailsAsync(instanceId, cancellationToken)).Select(e => new EmailRecord(
            e.EmailId, e.Template, e.To, e.Culture, e.Status, e.Attempts, e.CreatedAt, e.SentAt, e.LastError, e.ProviderMessageId,
            [.. e.Deliveries.Select(d => new DeliveryEvent(d.Event, d.At, d.Reason))]))];

    /// <inheritdoc />
    public async Task<IReadOnlyList<FailedEmail>> GetFailedEmailsAsync(CancellationToken cancellationToken) =>
        [.. (await views.GetFailedEmailsAsync(cancellationToken)).Select(f => new FailedEmail(f.Id, f.InstanceId, f.EmailId, f.Template, f.Reason, f.FailedAt))];

    // ---- Helpers -----------------------------------------------------------------------------------------------------

    private string? Precheck(InstanceViewRecord view, WorkflowMessage message, DateTimeOffset now)
    {
        if (!_workflows.TryGetValue(view.Name, out var workflow) || view.State is not { } state)
        {
            return null; // The orchestration decides; nothing to check against.
        }

        try
        {
            return workflow.Decide(view.Version, state, message, new DecisionContext(view.InstanceId, now)).Rejection;
        }
#pragma warning disable CA1031 // The check is advisory: the orchestration's own decision is the one that counts.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private async Task<EventResult> SignalAsync(InstanceId instanceId, string name, JsonElement? payload, string? singleUseKey, CancellationToken cancellationToken, DateTimeOffset? domainNow = null, TimeSpan? outcomeWait = null, long? seen = null, string? signalId = null)
    {
        // seen: the view the event was checked against, so the orchestration decides it only once it has got that far.
        var signal = new WorkflowSignal(signalId ?? NewSignalId(), name, payload, singleUseKey, domainNow ?? (_clockTravel ? time.GetUtcNow() : null), seen);

        // Kept before it is raised, until its outcome is recorded: a signal Durable drops is raised again (SignalKeeper).
        if (keeper is not null)
        {
            await keeper.KeepAsync(instanceId, signal, cancellationToken);
        }

        await RaiseAsync(instanceId, signal);
        SignalOutcomeView? Answer(InstanceViewRecord? v) => v?.RecentSignals.FirstOrDefault(s => s.SignalId == signal.SignalId);
        var (view, answered) = await WaitForViewAsync(instanceId, v => Answer(v) is not null || (v is not null && v.IsTerminal()), outcomeWait ?? OutcomeWait, cancellationToken);
        if (answered && keeper is not null)
        {
            await keeper.DoneAsync(instanceId, signal.SignalId, cancellationToken);
        }

        if (!answered)
        {
            // Raised and queued, but the step has not moved yet: it will, Durable keeps the event.
            return new EventResult(EventOutcome.Applied, view?.RuntimeStatus, view?.CustomStatus, "queued");
        }

        return Answer(view) is { } done
            ? new EventResult(Outcome(done.Outcome), view!.RuntimeStatus, done.CustomStatus ?? view.CustomStatus, done.Reason)
            : new EventResult(EventOutcome.NotRunning, view!.RuntimeStatus, view.CustomStatus);
    }

    /// <summary>
    /// Reads an instance's view until <paramref name="done"/> holds or <paramref name="within"/> (real time) has passed,
    /// woken at once by a view written in this process, else reading again after <see cref="FirstPoll"/>, growing to
    /// <see cref="LastPoll"/>. Returns the last view read and whether it was done.
    /// </summary>
    private async Task<(InstanceViewRecord? View, bool Done)> WaitForViewAsync(InstanceId id, Func<InstanceViewRecord?, bool> done, TimeSpan within, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(within);
        InstanceViewRecord? view = null;
        try
        {
            for (var delay = FirstPoll; ; delay = NextPoll(delay))
            {
                using var change = views.Changes.Watch(id.Value);
                view = await views.GetAsync(id, wait.Token);
                if (done(view))
                {
                    return (view, true);
                }

                await change.WaitAsync(delay, wait.Token); // A technical wait: real time, whatever the domain clock.
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (view, false);
        }
    }

    /// <summary>The instance's domain time as the app sees it: its clock, never before the instance's last change.</summary>
    private DateTimeOffset DomainNow(InstanceViewRecord view)
    {
        var now = time.GetUtcNow() + (_clockTravel ? TimeSpan.Zero : view.ClockOffset);
        return now < view.LastUpdatedAt ? view.LastUpdatedAt : now;
    }

    /// <summary>Raises a kept signal again (<see cref="SignalRedelivery"/>), with its own id.</summary>
    public Task RaiseKeptAsync(InstanceId instanceId, WorkflowSignal signal) => RaiseAsync(instanceId, signal);

    private Task RaiseAsync(InstanceId instanceId, WorkflowSignal signal) =>
        hub.Client.RaiseEventAsync(new OrchestrationInstance { InstanceId = instanceId.Value }, WorkflowSignal.EventName, signal);

    private static string NewSignalId() => Guid.NewGuid().ToString("N");

    private static EventOutcome Outcome(string outcome) => Enum.TryParse<EventOutcome>(outcome, out var o) ? o : EventOutcome.Applied;

    private static ViewQuery ToViewQuery(WorkflowQuery q) => new()
    {
        RuntimeStatus = q.RuntimeStatus,
        CustomStatus = q.CustomStatus,
        WorkflowName = q.WorkflowName,
        CreatedFrom = q.CreatedFrom,
        CreatedTo = q.CreatedTo,
        Tags = q.Tags,
        TagsBefore = q.TagsBefore,
        PageSize = q.PageSize,
    };

    private static WorkflowView ToView(InstanceViewRecord v, IReadOnlyList<TimelineEntry>? timeline) => new()
    {
        InstanceId = v.InstanceId,
        Name = v.Name,
        Version = v.Version,
        RuntimeStatus = v.RuntimeStatus,
        CustomStatus = v.CustomStatus,
        Tags = v.Tags,
        CreatedAt = v.CreatedAt,
        LastUpdatedAt = v.LastUpdatedAt,
        Input = v.Input,
        State = v.State,
        Output = v.Output,
        FailureReason = v.FailureReason,
        Timers = [.. v.Timers.Select(t => new ScheduledTimer(t.Name, t.DueAt))],
        HistoryLength = v.Sequence,
        History = timeline,
        ErasedAt = v.ErasedAt,
    };
}
