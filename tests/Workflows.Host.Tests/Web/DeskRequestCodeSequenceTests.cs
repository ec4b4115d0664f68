using Workflows.Host.Web.Desk;

namespace Workflows.Host.Tests.Web;

public sealed class DeskRequestCodeSequenceTests
{
    [Fact]
    public async Task Given_a_new_province_and_year_then_numbering_starts_at_one_and_counts_up()
    {
        await using var table = await AzuriteTable.CreateAsync("codes");
        var sequence = Sequence(table);

        var first = await sequence.NextCodeAsync("to", 2026, CancellationToken.None);
        var second = await sequence.NextCodeAsync("TO", 2026, CancellationToken.None);

        Assert.Equal("TO-2026-0001", first);
        Assert.Equal("TO-2026-0002", second);
    }

    [Fact]
    public async Task Given_two_provinces_or_two_years_then_each_has_its_own_numbering()
    {
        await using var table = await AzuriteTable.CreateAsync("codes");
        var sequence = Sequence(table);
        await sequence.NextAsync("TO", 2026, CancellationToken.None);
        await sequence.NextAsync("TO", 2026, CancellationToken.None);

        Assert.Equal(1, await sequence.NextAsync("AL", 2026, CancellationToken.None));
        Assert.Equal(1, await sequence.NextAsync("TO", 2027, CancellationToken.None));
        Assert.Equal(3, await sequence.NextAsync("TO", 2026, CancellationToken.None));
    }

    [Fact]
    public async Task Given_many_desks_taking_numbers_at_once_on_separate_machines_then_every_number_is_unique_and_none_is_skipped()
    {
        await using var table = await AzuriteTable.CreateAsync("codes");

        // Each "machine" has its own client and sequence object: only the table's ETag keeps them apart.
        var machines = Enumerable.Range(0, 4)
            .Select(_ => Sequence(table))
            .ToList();
        var numbers = await Task.WhenAll(Enumerable.Range(0, 24)
            .Select(i => Task.Run(() => machines[i % machines.Count].NextAsync("TO", 2026, CancellationToken.None))));

        Assert.Equal(Enumerable.Range(1, 24), numbers.Order());
    }

    // A client of its own with the SDK's default retries: the shared Azurite can be slow while other suites run.
    private static RequestCodeSequence Sequence(AzuriteTable table) =>
        new(new Azure.Data.Tables.TableClient(AzuriteTable.ConnectionString, table.Client.Name));
}
