using Microsoft.Extensions.Options;

namespace Workflows.Host.Demo;

/// <summary>
/// Runs the <see cref="DemoSeeder"/> once after start when <c>Demo:Seed</c> is true, in the background: the pages
/// answer meanwhile, and the log tells the progress. A failure is logged and leaves the service running.
/// </summary>
internal sealed class DemoSeedService(IServiceProvider services, IOptions<DemoOptions> options, ILogger<DemoSeedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Seed)
        {
            return;
        }

        await Task.Yield();
        try
        {
            await services.GetRequiredService<DemoSeeder>().SeedAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is seeded stays, a later start goes on from there.
        }
        catch (Exception ex)
        {
            logger.Stopped(ex);
        }
    }
}
