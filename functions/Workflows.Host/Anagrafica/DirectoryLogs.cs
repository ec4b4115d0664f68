namespace Workflows.Host.Anagrafica;

/// <summary>The directory's log messages: kinds, ids of desks, partners and networks, counts (never a person's address).</summary>
internal static partial class DirectoryLogs
{
    [LoggerMessage(EventId = 3301, Level = LogLevel.Information, Message = "Directory: {Kind} {Id} {Change}")]
    public static partial void EntrySaved(this ILogger logger, DirectoryKind kind, string id, string change);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Information, Message = "Directory: staff entry of network {NetworkId} {Change}")]
    public static partial void StaffSaved(this ILogger logger, string networkId, string change);

    [LoggerMessage(EventId = 3303, Level = LogLevel.Warning, Message = "Directory: reading the stored directory failed with {ExceptionType}; the last one read stays in use")]
    public static partial void RefreshFailed(this ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 3304, Level = LogLevel.Information, Message = "Directory: network {NetworkId} created from configuration with {Count} coordinators")]
    public static partial void Bootstrapped(this ILogger logger, string networkId, int count);

    [LoggerMessage(EventId = 3305, Level = LogLevel.Information, Message = "Directory: demo directory written ({Count} new entries)")]
    public static partial void DemoWritten(this ILogger logger, int count);

    [LoggerMessage(EventId = 3306, Level = LogLevel.Information, Message = "Directory: {Kind} import into network {NetworkId}: {Count} entries saved")]
    public static partial void Imported(this ILogger logger, DirectoryKind kind, string networkId, int count);

    [LoggerMessage(EventId = 3307, Level = LogLevel.Information, Message = "Directory: {Kind} {Id} was saved by someone else since the form was opened; nothing overwritten")]
    public static partial void EditConflict(this ILogger logger, DirectoryKind kind, string id);
}
