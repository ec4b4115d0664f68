using Microsoft.Extensions.Hosting;
using Workflows.Engine.Storage;

namespace Workflows.Engine;

/// <summary>Creates the engine's tables and queues at start (idempotent).</summary>
internal sealed class StorageInitializer(WorkflowStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.EnsureCreatedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
