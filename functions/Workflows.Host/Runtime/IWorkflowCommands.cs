using Workflows.Steps;

namespace Workflows.Host.Runtime;

/// <summary>
/// What the web app asks of the workflow runtime: start, send events, steer, erase. The app owns this seam;
/// the runtime behind it (Durable Task on the task hub) is registered once in <c>AddApplicationServices</c>.
/// </summary>
/// <remarks>
/// Every method answers with the outcome a person must be told (applied, refused with the step rules' reason,
/// already done, not found, ended) rather than throwing for business refusals. Raising an event checks it with
/// the workflow's own step rules against the instance's current state first, so a refusal is known at once.
/// </remarks>
public interface IWorkflowCommands
{
    /// <summary>Starts an instance; with an idempotency key the same key always yields the same instance.</summary>
    Task<StartResult> StartAsync(string workflowName, object? input, StartOptions? options, CancellationToken cancellationToken);

    /// <summary>Sends an event (a link clicked, a form posted, a coordinator action) and says what became of it.</summary>
    Task<EventResult> RaiseEventAsync(InstanceId instanceId, string eventName, object? payload, RaiseEventOptions? options, CancellationToken cancellationToken);

    /// <summary>Suspends a running instance: events are refused and timers wait until it is resumed.</summary>
    Task<EventResult> SuspendAsync(InstanceId instanceId, string? reason, CancellationToken cancellationToken);

    /// <summary>Resumes a suspended instance.</summary>
    Task<EventResult> ResumeAsync(InstanceId instanceId, string? reason, CancellationToken cancellationToken);

    /// <summary>Terminates an instance that has not ended.</summary>
    Task<EventResult> TerminateAsync(InstanceId instanceId, string? reason, CancellationToken cancellationToken);

    /// <summary>Deletes an ended instance whole (history, state, view, e-mail records).</summary>
    Task<PurgeResult> PurgeAsync(InstanceId instanceId, CancellationToken cancellationToken);

    /// <summary>Deletes every ended instance the query matches; returns how many.</summary>
    Task<int> PurgeAsync(WorkflowQuery query, CancellationToken cancellationToken);

    /// <summary>Erases the personal data of an ended instance, keeping the non-personal fields the figures count.</summary>
    Task<EraseResult> EraseAsync(InstanceId instanceId, CancellationToken cancellationToken);

    /// <summary>Erases every instance of these workflows that ended before <paramref name="endedBefore"/>; returns how many.</summary>
    Task<int> EraseEndedAsync(IReadOnlyCollection<string> workflowNames, DateTimeOffset endedBefore, CancellationToken cancellationToken);

    /// <summary>Records a delivery event the e-mail provider reported for one e-mail of an instance.</summary>
    Task<bool> RecordDeliveryAsync(InstanceId instanceId, string emailId, DeliveryEvent delivery, CancellationToken cancellationToken);

    /// <summary>Sends one failed e-mail again once its cause is fixed; false when no such failed e-mail.</summary>
    Task<bool> RetryFailedEmailAsync(string failureId, CancellationToken cancellationToken);

    /// <summary>Tries a stalled request's turn again now ("riprova") instead of at its next back-off.</summary>
    Task<EventResult> RetryStalledAsync(InstanceId instanceId, CancellationToken cancellationToken);

    /// <summary>Sends every failed e-mail again; returns how many.</summary>
    Task<int> RetryAllFailedEmailsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Tests and the demo only: moves the instance's domain clock forward to <paramref name="domainNow"/>; the timers
    /// due by then act in order. Refused (<see cref="EventOutcome.Rejected"/>) unless the runtime allows clock travel,
    /// which production never does.
    /// </summary>
    Task<EventResult> AdvanceClockAsync(InstanceId instanceId, DateTimeOffset domainNow, CancellationToken cancellationToken);
}
