using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace Workflows.Host.Tests;

/// <summary>
/// The Azurite the test command starts (<c>AZURITE_CONNECTION_STRING</c>), shared by every fixture that runs the host:
/// each fixture names its tables and queues with a prefix of its own and removes them at the end.
/// </summary>
public static class TestStorage
{
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable("AZURITE_CONNECTION_STRING") is { Length: > 0 } cs ? cs : "UseDevelopmentStorage=true";

    /// <summary>A fresh prefix for tables and queues (lower-case letters and digits, valid for both).</summary>
    public static string NewPrefix(char kind) => kind + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Fails with a clear message when Azurite is not there, instead of a timeout deep inside a test.</summary>
    public static async Task EnsureReachableAsync(string? connectionString = null)
    {
        connectionString ??= ConnectionString;
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await new TableServiceClient(connectionString).GetPropertiesAsync(cts.Token);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"Azurite is not reachable at '{connectionString}'. Run the tests through scripts/test.sh, which starts it.", ex);
        }
    }

    /// <summary>Deletes every table and queue whose name starts with <paramref name="prefix"/>.</summary>
    public static async Task DeleteAsync(string prefix, string? connectionString = null)
    {
        connectionString ??= ConnectionString;
        var tables = new TableServiceClient(connectionString);
        await foreach (var table in tables.QueryAsync(t => t.Name.CompareTo(prefix) >= 0 && t.Name.CompareTo(prefix + "~") < 0))
        {
            await tables.DeleteTableAsync(table.Name);
        }

        var queues = new QueueServiceClient(connectionString);
        await foreach (var queue in queues.GetQueuesAsync(prefix: prefix))
        {
            await queues.DeleteQueueAsync(queue.Name);
        }

        // The Durable task hub keeps its leases and large messages in blob containers named after the hub.
        var blobs = new Azure.Storage.Blobs.BlobServiceClient(connectionString);
        await foreach (var container in blobs.GetBlobContainersAsync(prefix: prefix.ToLowerInvariant()))
        {
            var client = blobs.GetBlobContainerClient(container.Name);
            if (container.Properties.LeaseState == Azure.Storage.Blobs.Models.LeaseState.Leased)
            {
                await Azure.Storage.Blobs.Specialized.SpecializedBlobExtensions.GetBlobLeaseClient(client).BreakAsync(TimeSpan.Zero);
            }

            await client.DeleteAsync();
        }
    }
}
