using Microsoft.Extensions.Options;
using Workflows.Orchestration.Hosting;
using Workflows.Orchestration.Views;

namespace Workflows.Host.Runtime;

/// <summary>
/// Raises again, every <see cref="TaskHubOptions.SignalRedelivery"/>, the acknowledged signals whose outcome has not come
/// (<see cref="SignalKeeper"/>). Runs in every web-app process; a storage failure waits for the next round.
/// </summary>
public sealed partial class SignalRedelivery(SignalKeeper keeper, WorkflowViewStore views, DurableWorkflowRuntime runtime, IOptions<TaskHubOptions> options, ILogger<SignalRedelivery> logger)
    : BackgroundService
{
    /// <summary>One round: returns how many signals were raised again.</summary>
    public Task<int> RunOnceAsync(CancellationToken cancellationToken) =>
        keeper.RedeliverAsync(views, runtime.RaiseKeptAsync, options.Value.SignalRedelivery, cancellationToken);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = options.Value.SignalRedelivery;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, TimeProvider.System, stoppingToken); // real time: the domain clock may be a test's
                if (await RunOnceAsync(stoppingToken) is > 0 and var raised)
                {
                    Redelivered(logger, raised);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Storage unreachable: the next round tries again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                RedeliveryFailed(logger, e.GetType().Name, e);
            }
        }
    }

    [LoggerMessage(EventId = 7301, Level = LogLevel.Warning, Message = "Raised again {Count} acknowledged signal(s) whose outcome had not come")]
    private static partial void Redelivered(ILogger logger, int count);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Warning, Message = "Signal redelivery round failed ({ExceptionType}); next round later")]
    private static partial void RedeliveryFailed(ILogger logger, string exceptionType, Exception exception);
}
