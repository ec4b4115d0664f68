using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Workflows.Orchestration.Hosting;
using Workflows.Host.Observability;

namespace Workflows.Host.Retention;

/// <summary>
/// Runs <see cref="PersonalDataRetention"/> in a local process (the in-process Durable worker on): first
/// <see cref="RetentionOptions.LocalFirstRunDelay"/> after the start, then once a day. Off under the Functions
/// host, where the <c>retention</c> timer function calls the same run.
/// </summary>
internal sealed class LocalRetentionWorker(
    PersonalDataRetention retention,
    IOptions<TaskHubOptions> hub,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<LocalRetentionWorker> logger) : BackgroundService
{
    // Runs that came due while one was going on collapse into one.
    private readonly Channel<bool> _due = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private ITimer? _schedule;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (hub.Value.RunWorker)
        {
            // Set here, when the host starts, not in ExecuteAsync (which runs later, on a thread of its own).
            _schedule = time.CreateTimer(static due => ((Channel<bool>)due!).Writer.TryWrite(true), _due, options.Value.LocalFirstRunDelay, TimeSpan.FromDays(1));
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_schedule is null)
        {
            return;
        }

        try
        {
            while (await _due.Reader.WaitToReadAsync(stoppingToken))
            {
                _due.Reader.TryRead(out _);
                try
                {
                    await retention.RunAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.RetentionFailed("local", ex.GetType().Name, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the next start sets the schedule again.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_schedule is not null)
        {
            await _schedule.DisposeAsync();
        }

        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _schedule?.Dispose();
        base.Dispose();
    }
}
