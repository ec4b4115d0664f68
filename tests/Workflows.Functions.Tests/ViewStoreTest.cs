using Azure.Data.Tables;
using Workflows.Orchestration.Views;

namespace Workflows.Functions.Tests;

/// <summary>A test on the view tables of its own on Azurite (created first, deleted after), with a minute to run.</summary>
public abstract class ViewStoreTest(string prefix) : IAsyncLifetime
{
    protected TableServiceClient Service { get; } = new(TestStorage.ConnectionString);

    protected ViewTables Tables { get; } = new(prefix + Guid.NewGuid().ToString("N")[..10]);

    protected CancellationTokenSource Timeout { get; } = new(TimeSpan.FromSeconds(60));

    protected WorkflowViewStore Views { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Views = new WorkflowViewStore(Service, Tables);
        await Views.CreateTablesAsync(Timeout.Token);
    }

    public async Task DisposeAsync()
    {
        foreach (var table in Tables.All)
        {
            await Service.DeleteTableAsync(table);
        }

        Timeout.Dispose();
    }
}
