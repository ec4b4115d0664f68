using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Engine.Storage;

namespace Workflows.Engine;

/// <summary>
/// Local mode's queue trigger: receives <c>work</c> messages and hands each to the same
/// <see cref="WorkItemProcessor"/> the Functions queue trigger calls. A failed message reappears after its
/// visibility timeout, like under the Functions host.
/// </summary>
internal sealed class QueueListener(
    WorkflowStore store,
    WorkItemProcessor processor,
    IOptions<WorkflowEngineOptions> options,
    TimeProvider time,
    ILogger<QueueListener> logger) : BackgroundService
{
    private static readonly TimeSpan VisibilityTimeout = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunLocalWorkers)
        {
            return;
        }

        var concurrency = Math.Max(1, options.Value.ListenerConcurrency);
        using var slots = new SemaphoreSlim(concurrency);
        var idle = TimeSpan.FromMilliseconds(50);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await slots.WaitAsync(stoppingToken);
                var free = slots.CurrentCount + 1;
                slots.Release();
                var arrival = store.Arrivals.Next;
                var batch = await store.Work.ReceiveMessagesAsync(Math.Clamp(free, 1, 32), VisibilityTimeout, stoppingToken);
                if (batch.Value.Length == 0)
                {
                    // Idle: back off, but wake at once when this process enqueues work.
                    await IdleAsync(idle, arrival, stoppingToken);
                    idle = TimeSpan.FromMilliseconds(Math.Min(idle.TotalMilliseconds * 2, 1000));
                    continue;
                }

                idle = TimeSpan.FromMilliseconds(50);
                foreach (var message in batch.Value)
                {
                    await slots.WaitAsync(stoppingToken);
                    _ = Task.Run(async () =>
                    {
                        try
                        {
                            await HandleAsync(message, stoppingToken);
                        }
                        finally
                        {
                            slots.Release();
                        }
                    }, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.SweepFailed(ex);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task IdleAsync(TimeSpan idle, Task arrival, CancellationToken ct)
    {
        using var wake = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(idle, time, wake.Token);
        await Task.WhenAny(delay, arrival);
        await wake.CancelAsync();
        await delay.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        ct.ThrowIfCancellationRequested();
    }

    private async Task HandleAsync(QueueMessage message, CancellationToken ct)
    {
        try
        {
            await processor.HandleAsync(message.MessageText, message.DequeueCount, ct);
            await store.Work.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Left in the queue: it reappears after the visibility timeout and is retried, then poisoned.
            logger.WorkItemFailed(message.MessageId, message.DequeueCount, ex);
        }
    }
}
