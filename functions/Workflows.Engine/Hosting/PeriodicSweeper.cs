using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Workflows.Engine;

/// <summary>Local mode's timer trigger: runs the same <see cref="Sweeper"/> the Functions timer trigger calls.</summary>
internal sealed class PeriodicSweeper(Sweeper sweeper, IOptions<WorkflowEngineOptions> options, TimeProvider time, ILogger<PeriodicSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunLocalWorkers)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await timer.WaitForNextTickAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            try
            {
                await sweeper.SweepAsync(cancellationToken: stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.SweepFailed(ex);
            }
        }
    }
}
