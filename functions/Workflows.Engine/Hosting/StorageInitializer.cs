using Microsoft.Extensions.Hosting;
using Workflows.Engine.Storage;

namespace Workflows.Engine;

/// <summary>
/// Creates the engine's tables and queues at start (idempotent), and at stop waits for the query-index writes
/// still queued, so a clean shutdown leaves the index up to date.
/// </summary>
internal sealed class StorageInitializer(WorkflowStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => store.IndexWrittenAsync(cancellationToken);
}
