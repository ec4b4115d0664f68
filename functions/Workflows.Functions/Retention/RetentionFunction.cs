using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using Workflows.Orchestration.Retention;

namespace Workflows.Functions.Retention;

/// <summary>
/// Every night at 02:30 UTC (nobody is at a desk): erases the personal data of instances ended longer ago than
/// <c>Retention:ErasePersonalDataAfterDays</c>: their Durable history purged, their view scrubbed.
/// </summary>
public sealed partial class RetentionFunction(EndedInstanceEraser eraser, IOptions<RetentionPeriod> period, ILogger<RetentionFunction> logger)
{
    /// <summary>The function's name.</summary>
    public const string Name = "Retention";

    /// <summary>NCRONTAB with seconds: 02:30:00 UTC every day.</summary>
    public const string Schedule = "0 30 2 * * *";

    /// <summary>Runs the erasure.</summary>
    [Function(Name)]
    public async Task RunAsync([TimerTrigger(Schedule, UseMonitor = true)] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var erased = await eraser.EraseEndedAsync(period.Value.Keep, (id, ct) => client.PurgeInstanceAsync(id.Value, ct), cancellationToken);
        Erased(logger, erased, period.Value.ErasePersonalDataAfterDays);
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Retention: erased {Count} instances ended more than {Days} days ago")]
    private static partial void Erased(ILogger logger, int count, int days);
}
