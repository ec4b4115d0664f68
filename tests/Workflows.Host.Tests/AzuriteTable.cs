using Azure.Data.Tables;

namespace Workflows.Host.Tests;

/// <summary>A uniquely named table in Azurite, deleted afterwards. A missing Azurite fails the test.</summary>
internal sealed class AzuriteTable : IAsyncDisposable
{
    private AzuriteTable(TableClient client) => Client = client;

    public static string ConnectionString => TestStorage.ConnectionString;

    public TableClient Client { get; }

    public static async Task<AzuriteTable> CreateAsync(string prefix)
    {
        var name = prefix + Guid.NewGuid().ToString("N")[..16];
        var client = new TableServiceClient(ConnectionString, new TableClientOptions
        {
            Retry = { MaxRetries = 1, NetworkTimeout = TimeSpan.FromSeconds(10) },
        }).GetTableClient(name);
        await client.CreateIfNotExistsAsync();
        return new AzuriteTable(client);
    }

    public async ValueTask DisposeAsync() => await Client.DeleteAsync();
}
