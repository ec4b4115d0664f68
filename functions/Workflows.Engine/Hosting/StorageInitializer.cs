using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Workflows.Engine.Storage;

namespace Workflows.Engine;

/// <summary>
/// Creates the engine's tables and queues at start (idempotent), and at stop waits for the query-index writes
/// still queued, so a clean shutdown leaves the index up to date.
/// </summary>
/// <remarks>
/// Stopping never fails: when the host's shutdown timeout cuts the wait short, the writes left are logged as lost
/// (the index is a read model: the instances themselves are committed).
/// </remarks>
internal sealed class StorageInitializer(WorkflowStore store, ILogger<StorageInitializer> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.EnsureCreatedAsync(cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.IndexWrittenAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            logger.IndexFlushCutShort();
        }
    }
}
