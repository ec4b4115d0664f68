using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Workflows.Engine.Storage;

namespace Workflows.Engine.Tests.Storage;

/// <summary>Group commit of small writes: fewer requests under load, and each caller still gets its own write.</summary>
public sealed class TableBatcherTests : IAsyncLifetime
{
    private readonly RequestCount _requests = new();
    private TableClient _table = null!;
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));

    private CancellationToken Ct => _timeout.Token;

    public async Task InitializeAsync()
    {
        var options = new TableClientOptions();
        options.AddPolicy(_requests, HttpPipelinePosition.PerCall);
        _table = new TableClient(EngineFixture.ConnectionString, "tb" + Guid.NewGuid().ToString("N")[..12], options);
        await _table.CreateIfNotExistsAsync(Ct);
    }

    public async Task DisposeAsync()
    {
        await _table.DeleteAsync();
        _timeout.Dispose();
    }

    private async Task<List<TableEntity>> RowsAsync(string pk)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in _table.QueryAsync<TableEntity>(e => e.PartitionKey == pk, cancellationToken: Ct))
        {
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public async Task Many_concurrent_writes_to_one_partition_all_land_in_far_fewer_requests()
    {
        var batcher = new TableBatcher(_table);
        _requests.Reset();

        await Task.WhenAll(Enumerable.Range(0, 250).Select(i => batcher.UpsertAsync(new TableEntity("p", $"r{i:D3}") { ["N"] = i }, Ct)));

        Assert.True(_requests.Value <= 20, $"{_requests.Value} requests for 250 writes");
        var rows = await RowsAsync("p");
        Assert.Equal(250, rows.Count);
        Assert.All(rows, r => Assert.Equal(int.Parse(r.RowKey[1..]), r.GetInt32("N")));
    }

    [Fact]
    public async Task A_delete_of_a_row_already_gone_does_not_fail_the_writes_batched_with_it()
    {
        var batcher = new TableBatcher(_table);
        await batcher.UpsertAsync(new TableEntity("q", "first"), Ct); // keeps the next writes waiting together

        var writes = Enumerable.Range(0, 20).Select(i => batcher.UpsertAsync(new TableEntity("q", $"new{i:D2}"), Ct))
            .Concat(Enumerable.Range(0, 5).Select(i => batcher.DeleteAsync("q", $"missing{i}", Ct)))
            .Append(batcher.DeleteAsync("q", "first", Ct))
            .ToList();
        await Task.WhenAll(writes);

        var rows = await RowsAsync("q");
        Assert.Equal(20, rows.Count);
        Assert.DoesNotContain(rows, r => r.RowKey == "first");
    }

    [Fact]
    public async Task Writes_of_the_same_row_keep_their_order()
    {
        var batcher = new TableBatcher(_table);

        var writes = new[]
        {
            batcher.UpsertAsync(new TableEntity("s", "row") { ["V"] = 1 }, Ct),
            batcher.DeleteAsync("s", "row", Ct),
            batcher.UpsertAsync(new TableEntity("s", "row") { ["V"] = 2 }, Ct),
            batcher.UpsertAsync(new TableEntity("s", "other") { ["V"] = 9 }, Ct),
            batcher.UpsertAsync(new TableEntity("s", "row") { ["V"] = 3 }, Ct),
        };
        await Task.WhenAll(writes);

        var rows = await RowsAsync("s");
        Assert.Equal(3, rows.Single(r => r.RowKey == "row").GetInt32("V"));
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public async Task Waiting_for_the_queued_writes_sees_every_one_of_them_written()
    {
        var batcher = new TableBatcher(_table, maxInFlight: 1);
        var writes = Enumerable.Range(0, 300).Select(i => batcher.UpsertAsync(new TableEntity("w", $"r{i:D3}"), Ct)).ToList();

        await batcher.WhenWrittenAsync(Ct);

        Assert.Equal(300, (await RowsAsync("w")).Count);
        await Task.WhenAll(writes);
    }

    private sealed class RequestCount : HttpPipelineSynchronousPolicy
    {
        private int _value;

        public int Value => Volatile.Read(ref _value);

        public void Reset() => Volatile.Write(ref _value, 0);

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _value);
    }
}
