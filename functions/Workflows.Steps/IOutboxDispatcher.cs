namespace Workflows.Steps;

/// <summary>
/// Carries out one committed outbox item (an e-mail). Implemented by the application (render + send).
/// </summary>
/// <remarks>
/// The engine calls it after the transition committed, retries it with backoff on
/// <see cref="OutboxDispatchException.IsTransient"/> failures, marks the item sent on success and moves it to
/// the poison queue when retries are exhausted or the failure is permanent. A process dying between the
/// provider's acceptance and the mark can make one duplicate send: nothing is ever lost.
/// </remarks>
public interface IOutboxDispatcher
{
    /// <summary>Sends the item and returns the provider's message id (if any). Throws <see cref="OutboxDispatchException"/> to ask for a retry or to give up.</summary>
    Task<string?> DispatchAsync(OutboxItem item, CancellationToken cancellationToken);
}

/// <summary>One outbox item to dispatch.</summary>
/// <param name="InstanceId">The instance whose transition produced it.</param>
/// <param name="WorkflowName">The workflow type.</param>
/// <param name="Id">Stable id within the instance (also used as the provider's custom argument).</param>
/// <param name="Email">The e-mail effect as decided.</param>
/// <param name="Attempt">1 for the first attempt.</param>
public sealed record OutboxItem(InstanceId InstanceId, string WorkflowName, string Id, SendEmail Email, int Attempt);

/// <summary>A dispatch failed.</summary>
public sealed class OutboxDispatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OutboxDispatchException(string reason, bool isTransient, TimeSpan? retryAfter = null, Exception? inner = null)
        : base(reason, inner)
    {
        IsTransient = isTransient;
        RetryAfter = retryAfter;
    }

    /// <summary>Creates the exception.</summary>
    public OutboxDispatchException() : base("Dispatch failed.") { }

    /// <summary>Creates the exception.</summary>
    public OutboxDispatchException(string message) : base(message) { }

    /// <summary>Creates the exception.</summary>
    public OutboxDispatchException(string message, Exception inner) : base(message, inner) { }

    /// <summary>True for 429/5xx/network failures: retry later. False: poison now.</summary>
    public bool IsTransient { get; }

    /// <summary>When the provider said to come back (e.g. from <c>X-RateLimit-Reset</c>).</summary>
    public TimeSpan? RetryAfter { get; }
}
