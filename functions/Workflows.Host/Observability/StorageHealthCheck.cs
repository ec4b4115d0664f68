using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Workflows.Engine;
using Workflows.Steps;

namespace Workflows.Host.Observability;

/// <summary>
/// Readiness: the engine's index table and work queue answer. It reads one (absent) row and the queue's
/// properties, which the app's data-plane role allows, so it proves both the network path and the identity.
/// </summary>
internal sealed class StorageHealthCheck(
    TableServiceClient tables,
    QueueServiceClient queues,
    IOptions<WorkflowEngineOptions> engine) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var options = engine.Value;
        try
        {
            var index = tables.GetTableClient(options.TablePrefix + "Index");
            await foreach (var _ in index.QueryAsync<TableEntity>("PartitionKey eq 'readyz'", maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken))
            {
                break;
            }

            await queues.GetQueueClient(options.WorkQueueName).GetPropertiesAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception type only: storage messages can carry account names and request URLs.
            return new HealthCheckResult(context.Registration.FailureStatus, "Storage unreachable: " + ex.GetType().Name);
        }
    }
}
