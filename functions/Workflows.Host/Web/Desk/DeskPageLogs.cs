using Workflows.Host.Runtime;

namespace Workflows.Host.Web.Desk;

/// <summary>The desk and partner pages' log messages: ids and outcomes only, never the applicant's data.</summary>
internal static partial class DeskPageLogs
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Desk {DeskId} filed request {InstanceId} (new: {Created})")]
    public static partial void IntakeFiled(this ILogger logger, string deskId, string instanceId, bool created);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "The workflow refused an intake of desk {DeskId}: {Reason}")]
    public static partial void IntakeRefused(this ILogger logger, string deskId, string reason);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Partner {PartnerId} action {Action} on {InstanceId}: {Outcome}")]
    public static partial void PartnerActed(this ILogger logger, string partnerId, string action, string instanceId, EventOutcome outcome);
}
