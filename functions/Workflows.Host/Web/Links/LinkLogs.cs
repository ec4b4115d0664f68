using Workflows.Host.Runtime;
using Workflows.Steps;

namespace Workflows.Host.Web.Links;

/// <summary>The link pages' log messages: instance ids, action names and outcomes only (never addresses or tokens).</summary>
internal static partial class LinkLogs
{
    [LoggerMessage(EventId = 3201, Level = LogLevel.Information, Message = "Action link {Action} on {InstanceId}: {Outcome}")]
    public static partial void LinkActed(this ILogger logger, string action, string instanceId, EventOutcome outcome);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Information, Message = "Action link {Action} refused: {Refusal}")]
    public static partial void LinkRefused(this ILogger logger, string action, LinkRefusal refusal);
}
