using Microsoft.Extensions.Options;
using Workflows.Engine;
using Workflows.Host.Observability;

namespace Workflows.Host.Retention;

/// <summary>
/// Runs <see cref="PersonalDataRetention"/> in a local process (the engine's local workers on): first after
/// <see cref="RetentionOptions.LocalFirstRunDelay"/>, then once a day. Off under the Functions host, where the
/// <c>retention</c> timer function calls the same run.
/// </summary>
internal sealed class LocalRetentionWorker(
    PersonalDataRetention retention,
    IOptions<WorkflowEngineOptions> engine,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<LocalRetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!engine.Value.RunLocalWorkers)
        {
            return;
        }

        try
        {
            await Task.Delay(options.Value.LocalFirstRunDelay, time, stoppingToken);
            using var daily = new PeriodicTimer(TimeSpan.FromDays(1), time);
            do
            {
                try
                {
                    await retention.RunAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.RetentionFailed("local", ex.GetType().Name, ex);
                }
            }
            while (await daily.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the next start runs it again.
        }
    }
}
