namespace Workflows.Host.Observability;

/// <summary>
/// The host's log messages. Event ids are stable (2000-2999; the engine uses 1000-1999) so alerts and queries
/// can rely on them. Only opaque ids go in: instance ids, token ids, invocation ids; never names, addresses or
/// request bodies.
/// </summary>
internal static partial class Logs
{
    // ---- Functions custom-handler invocations (2000-2019) ----

    [LoggerMessage(2001, LogLevel.Debug, "Functions invocation {InvocationId}: work item handled ({Outcome}) on delivery {DequeueCount}")]
    public static partial void WorkItemHandled(this ILogger logger, string invocationId, string outcome, long dequeueCount);

    [LoggerMessage(2002, LogLevel.Warning, "Functions invocation {InvocationId}: work item failed with {ExceptionType} on delivery {DequeueCount}; the host retries it")]
    public static partial void WorkItemFailed(this ILogger logger, string invocationId, string exceptionType, long dequeueCount, Exception exception);

    [LoggerMessage(2003, LogLevel.Debug, "Functions invocation {InvocationId}: sweep handled {Count} due items (past due: {IsPastDue})")]
    public static partial void SweepHandled(this ILogger logger, string invocationId, int count, bool isPastDue);

    [LoggerMessage(2004, LogLevel.Error, "Functions invocation {InvocationId}: sweep failed with {ExceptionType}")]
    public static partial void SweepFailed(this ILogger logger, string invocationId, string exceptionType, Exception exception);

    [LoggerMessage(2005, LogLevel.Warning, "Functions invocation refused on {Path}: not a call from the local Functions host")]
    public static partial void TriggerRefused(this ILogger logger, string path);

    [LoggerMessage(2006, LogLevel.Warning, "Functions invocation {InvocationId} on {Path}: the payload is not the custom-handler shape ({Problem})")]
    public static partial void PayloadRejected(this ILogger logger, string invocationId, string path, string problem);

    [LoggerMessage(2007, LogLevel.Error, "Functions invocation {InvocationId}: the retention run failed with {ExceptionType}")]
    public static partial void RetentionFailed(this ILogger logger, string invocationId, string exceptionType, Exception exception);

    // ---- Requests (2070-2079) ----

    [LoggerMessage(2070, LogLevel.Information, "HTTP {Method} {Path} answered {StatusCode} in {ElapsedMs} ms")]
    public static partial void RequestAnswered(this ILogger logger, string method, string path, int statusCode, long elapsedMs);

    [LoggerMessage(2071, LogLevel.Warning, "Storage unavailable ({ExceptionType}): answered 503")]
    public static partial void StorageUnavailable(this ILogger logger, string exceptionType);

    [LoggerMessage(2072, LogLevel.Warning, "Storage does not answer yet at start-up ({ExceptionType}); try {Count}, waiting")]
    public static partial void StorageNotReadyAtStart(this ILogger logger, string exceptionType, int count);

    [LoggerMessage(2073, LogLevel.Error, "Storage still does not answer after the start-up wait ({ExceptionType}); starting anyway")]
    public static partial void StorageNotReadyAfterWait(this ILogger logger, string exceptionType);

    // ---- Retention (2060-2069) ----

    [LoggerMessage(2060, LogLevel.Information, "Retention: erased the personal data of {Count} instances ended before {Cutoff:o}; deleted {ExpiredLinks} expired sign-in link records")]
    public static partial void RetentionRun(this ILogger logger, int count, DateTimeOffset cutoff, int expiredLinks);

    // ---- Management API (2020-2039) ----

    [LoggerMessage(2020, LogLevel.Information, "API: started {Workflow} instance {InstanceId} (new: {Created})")]
    public static partial void InstanceStarted(this ILogger logger, string workflow, string instanceId, bool created);

    [LoggerMessage(2021, LogLevel.Information, "API: {Command} on instance {InstanceId} ended {Outcome}")]
    public static partial void InstanceCommand(this ILogger logger, string command, string instanceId, string outcome);

    [LoggerMessage(2022, LogLevel.Information, "API: purged {Count} instances")]
    public static partial void InstancesPurged(this ILogger logger, int count);

    [LoggerMessage(2023, LogLevel.Information, "API: poison message {MessageId} sent back to the work queue")]
    public static partial void PoisonRetried(this ILogger logger, string messageId);

    [LoggerMessage(2024, LogLevel.Information, "API: {Count} poison messages sent back to the work queue")]
    public static partial void PoisonRetriedAll(this ILogger logger, int count);

    // ---- API tokens (2040-2059) ----

    [LoggerMessage(2040, LogLevel.Information, "API token {TokenId} issued")]
    public static partial void TokenIssued(this ILogger logger, string tokenId);

    [LoggerMessage(2041, LogLevel.Information, "API token {TokenId} revoked")]
    public static partial void TokenRevoked(this ILogger logger, string tokenId);

    [LoggerMessage(2042, LogLevel.Information, "API token refused: {Reason}")]
    public static partial void TokenRefused(this ILogger logger, string reason);

    [LoggerMessage(2043, LogLevel.Warning, "API rate limit reached on {Path}")]
    public static partial void RateLimited(this ILogger logger, string path);
}
