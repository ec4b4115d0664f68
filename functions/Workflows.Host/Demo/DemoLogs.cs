namespace Workflows.Host.Demo;

/// <summary>The demo seed's log messages (ids 7100–7199). Keys and counts only: no personal data.</summary>
internal static partial class DemoLogs
{
    [LoggerMessage(7100, LogLevel.Information, "Demo seed: {Count} desk requests planned")]
    public static partial void Planned(this ILogger logger, int count);

    [LoggerMessage(7101, LogLevel.Information, "Demo seed: {Done}/{Count} desk requests ({Created} new, {Existing} already there)")]
    public static partial void Progress(this ILogger logger, int done, int count, int created, int existing);

    [LoggerMessage(7102, LogLevel.Warning, "Demo seed: {Key} attempt {Attempt}: {Reason}")]
    public static partial void JourneyFailed(this ILogger logger, string key, int attempt, string reason);

    [LoggerMessage(7103, LogLevel.Information, "Demo seed done: {Created} new desk requests, {Existing} already there, {Failed} failed, {Others} registrations and reports")]
    public static partial void Done(this ILogger logger, int created, int existing, int failed, int others);

    [LoggerMessage(7105, LogLevel.Warning, "Demo seed skipped: it writes the requests' past by moving their clocks, and TaskHub:AllowClockTravel is off")]
    public static partial void NoClockTravel(this ILogger logger);

    [LoggerMessage(7104, LogLevel.Error, "Demo seed stopped")]
    public static partial void Stopped(this ILogger logger, Exception exception);
}
