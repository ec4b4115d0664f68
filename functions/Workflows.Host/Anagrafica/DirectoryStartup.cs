using Azure;
using Microsoft.Extensions.Options;
using Workflows.Desk.Model;

namespace Workflows.Host.Anagrafica;

/// <summary>
/// Before the pages answer: creates the directory's tables, the configured first network, the demo directory when
/// asked, and reads the directory. Then reads it again every <see cref="DirectoryOptions.RefreshSeconds"/>, so a
/// change made on another instance shows here within a minute.
/// </summary>
public sealed class DirectoryStartup(
    NetworkRegistry registry, DirectoryStore store, IOptions<DirectoryOptions> options, TimeProvider time, ILogger<DirectoryStartup> logger) : BackgroundService
{
    /// <inheritdoc />
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            await registry.BootstrapAsync(options.Value.Bootstrap, cancellationToken).ConfigureAwait(false);
            if (options.Value.Demo)
            {
                await registry.WriteMissingAsync(DemoDirectory.Create(), cancellationToken).ConfigureAwait(false);
            }

            await registry.RefreshAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsStorageOutage(e))
        {
            // The storage is out: the host starts anyway and the loop reads the directory once it is back.
            logger.RefreshFailed(e.GetType().Name);
        }

        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.RefreshSeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await registry.RefreshAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (IsStorageOutage(e))
                {
                    logger.RefreshFailed(e.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    // The storage answered an error, or could not be reached at all (the client's retries end in an AggregateException).
    private static bool IsStorageOutage(Exception e) => e is RequestFailedException or AggregateException or HttpRequestException or TimeoutException;
}
