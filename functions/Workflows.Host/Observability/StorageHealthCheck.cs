using Azure.Data.Tables;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Workflows.Orchestration.Hosting;
using Workflows.Orchestration.Views;

namespace Workflows.Host.Observability;

/// <summary>
/// Readiness: the dashboard's view table and the Durable task hub answer. It reads one (absent) row and the hub's
/// instance table, which the app's data-plane roles allow, so it proves both the network path and the identity.
/// </summary>
internal sealed class StorageHealthCheck(TableServiceClient tables, ViewTables views, TaskHub hub) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            foreach (var name in new[] { views.Views, hub.Options.Name + "Instances" })
            {
                await foreach (var _ in tables.GetTableClient(name).QueryAsync<TableEntity>("PartitionKey eq 'readyz'", maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken))
                {
                    break;
                }
            }

            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception type only: storage messages can carry account names and request URLs.
            return new HealthCheckResult(context.Registration.FailureStatus, "Storage unreachable: " + ex.GetType().Name);
        }
    }
}
