using Workflows.Host.Runtime;

namespace Workflows.Host.Web.Shared;

/// <summary>The pages' log messages (no personal data: instance ids and outcomes only).</summary>
internal static partial class WebLogs
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Error, Message = "A sign-in link could not be sent.")]
    public static partial void SignInLinkNotSent(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Coordinator action {Action} on {InstanceId}: {Outcome}")]
    public static partial void CoordinatorActed(this ILogger logger, string action, string instanceId, EventOutcome outcome);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Coordinator purge of {InstanceId}: {Result}")]
    public static partial void CoordinatorPurged(this ILogger logger, string instanceId, PurgeResult result);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Coordinator erasure of the personal data of {InstanceId}: {Result}")]
    public static partial void CoordinatorErased(this ILogger logger, string instanceId, EraseResult result);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "A signed-in session was ended: its address is no longer in the directory")]
    public static partial void SessionRevoked(this ILogger logger);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Information, Message = "A signed-in session took the roles the directory gives its address now")]
    public static partial void SessionClaimsRenewed(this ILogger logger);
}
