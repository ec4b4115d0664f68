using System.Diagnostics;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using Workflows.Host.Observability;

namespace Workflows.Host.Extensions;

/// <summary>
/// Holds the start-up until Table storage answers (at most <see cref="StorageOptions.StartupWait"/>), so what
/// starts after it finds storage there: the data-protection key ring (which anti-forgery tokens and sign-in cookies
/// need) and the engine's tables. Registered as the first hosted service. If storage is still away after the wait,
/// the start goes on and the parts that need it retry on their own.
/// </summary>
internal sealed class StorageStartupGate(TableServiceClient tables, IOptions<StorageOptions> storage, ILogger<StorageStartupGate> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var wait = storage.Value.StartupWait;
        var started = Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken))
                {
                    break;
                }

                return;
            }
            catch (Exception ex) when (StorageOutage.IsOutage(ex) && !cancellationToken.IsCancellationRequested)
            {
                if (Stopwatch.GetElapsedTime(started) >= wait)
                {
                    logger.StorageNotReadyAfterWait(ex.GetType().Name);
                    return;
                }

                logger.StorageNotReadyAtStart(ex.GetType().Name, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(5000, 250 * attempt)), cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
