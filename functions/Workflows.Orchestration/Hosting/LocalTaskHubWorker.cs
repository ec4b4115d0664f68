using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Workflows.Orchestration.Views;

namespace Workflows.Orchestration.Hosting;

/// <summary>
/// Runs the orchestrations in this process when <see cref="TaskHubOptions.RunWorker"/> is on (locally, tests). It
/// creates the task hub and the dashboard's tables first, waiting for storage if it is not up yet, so a process that
/// starts before its storage recovers by itself.
/// </summary>
public sealed class LocalTaskHubWorker(TaskHub hub, WorkflowViewStore views, ILogger<LocalTaskHubWorker> logger) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task? _starting;
    private volatile bool _disposed;

    /// <summary>Completes when the hub and tables exist and the worker (if any) runs.</summary>
    public Task Ready => _starting ?? Task.CompletedTask;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _starting = StartWhenStorageAnswersAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_disposed)
        {
            // The test host can stop its services once more after its container disposed them (the hub stopped then).
            return;
        }

        await _stopping.CancelAsync();
        if (_starting is { } starting)
        {
            try
            {
                await starting;
            }
            catch (OperationCanceledException)
            {
            }
        }

        try
        {
            await hub.StopWorkerAsync().WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host's shutdown timeout has passed (storage unreachable: the worker retries letting go of its leases).
            // The host must not wait for ever: the leases and the messages it holds expire by themselves, and another
            // worker, or this one restarted, takes over as after a crash.
            Logs.WorkerStopAbandoned(logger, hub.Options.Name);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        _stopping.Dispose();
    }

    private async Task StartWhenStorageAnswersAsync(CancellationToken ct)
    {
        var delay = TimeSpan.FromMilliseconds(500);
        while (true)
        {
            try
            {
                await hub.CreateIfNotExistsAsync();
                await views.CreateTablesAsync(ct);
                break;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Logs.WorkerStartRetry(logger, delay, e);
                await Task.Delay(delay, TimeProvider.System, ct); // Real time: the domain clock may be a test's.
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(15).Ticks));
            }
        }

        if (hub.Options.RunWorker)
        {
            ct.ThrowIfCancellationRequested();
            await hub.StartWorkerAsync();
            Logs.WorkerStarted(logger, hub.Options.Name, hub.Options.PartitionCount);
            if (!hub.EncryptsPayloads)
            {
                Logs.PayloadsInClear(logger, hub.Options.Name);
            }
        }
    }
}
