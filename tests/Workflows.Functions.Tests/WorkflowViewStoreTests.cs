using System.Text.Json;
using Azure.Data.Tables;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Functions.Tests;

/// <summary>The view store on Azurite: writes that arrive out of order (an activity retried after a later one), states too large for a row.</summary>
public sealed class WorkflowViewStoreTests() : ViewStoreTest("vs")
{
    private static readonly DateTimeOffset Now = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Given_a_later_signal_outcome_written_when_an_earlier_outcome_of_the_same_turn_arrives_late_then_both_outcomes_stay()
    {
        var id = InstanceId.New();
        await Views.WriteAsync(View(id, 5, Outcome("a"), Outcome("b")), [], Timeout.Token);

        await Views.WriteAsync(View(id, 5, Outcome("a")), [], Timeout.Token);

        var view = await Views.GetAsync(id, Timeout.Token);
        Assert.Equal(["a", "b"], view!.RecentSignals.Select(s => s.SignalId));
    }

    [Fact]
    public async Task Given_a_newer_turn_written_when_an_older_turn_arrives_late_then_it_changes_nothing()
    {
        var id = InstanceId.New();
        await Views.WriteAsync(View(id, 6, Outcome("a"), Outcome("b")) with { CustomStatus = "Scheduling" }, [], Timeout.Token);

        await Views.WriteAsync(View(id, 5, Outcome("a"), Outcome("c")), [], Timeout.Token);

        var view = await Views.GetAsync(id, Timeout.Token);
        Assert.Equal(("Scheduling", 6L), (view!.CustomStatus, view.Sequence));
        Assert.Equal(["a", "b"], view.RecentSignals.Select(s => s.SignalId));
    }

    [Fact]
    public async Task Given_a_state_longer_than_a_row_holds_when_written_then_the_row_stays_small_and_reads_give_it_whole_until_erased()
    {
        var id = InstanceId.New();
        var answers = Enumerable.Range(0, 300).Select(i => new { question = $"Domanda {i}", answer = new string('è', 3000) }).ToArray();
        var large = JsonSerializer.SerializeToElement(new { infoExchanges = answers }); // about 2.7 million characters

        await Views.WriteAsync(View(id, 1) with { State = large }, [], Timeout.Token);

        var row = await RowAsync(id);
        Assert.True(Size(row) < 100_000, $"The view row takes {Size(row)} bytes.");
        Assert.Equal(large.GetRawText(), (await Views.GetAsync(id, Timeout.Token))!.State!.Value.GetRawText());
        var listed = await Views.QueryAllAsync(new ViewQuery(), Timeout.Token).SingleAsync(v => v.InstanceId == id, Timeout.Token);
        Assert.Equal(large.GetRawText(), listed.State!.Value.GetRawText());

        // A later, smaller state replaces it: the parts of the old one go.
        await Views.WriteAsync(View(id, 2) with { State = JsonSerializer.SerializeToElement(new { step = "Closed" }) }, [], Timeout.Token);
        Assert.Equal("Closed", (await Views.GetAsync(id, Timeout.Token))!.State!.Value.GetProperty("step").GetString());
        Assert.Equal(0, await PartsAsync(id));

        // A large one again, then the personal data erased: nothing of it is left.
        await Views.WriteAsync(View(id, 3) with { State = large }, [], Timeout.Token);
        Assert.True(await PartsAsync(id) > 0);
        await Views.EraseAsync(id, Now, Timeout.Token);
        Assert.Null((await Views.GetAsync(id, Timeout.Token))!.State);
        Assert.Equal(0, await PartsAsync(id));
    }

    private async Task<TableEntity> RowAsync(InstanceId id)
    {
        await foreach (var row in Service.GetTableClient(Tables.Views).QueryAsync<TableEntity>(e => e.GetString("InstanceId") == id.Value, cancellationToken: Timeout.Token))
        {
            return row;
        }

        throw new InvalidOperationException("No view row.");
    }

    private static int Size(TableEntity row) => row.Sum(p => (p.Key.Length * 2) + (p.Value is string text ? text.Length * 2 : 16));

    private async Task<int> PartsAsync(InstanceId id) =>
        await Service.GetTableClient(Tables.ViewParts).QueryAsync<TableEntity>(e => e.PartitionKey == id.Value, cancellationToken: Timeout.Token).CountAsync(Timeout.Token);

    private static SignalOutcomeView Outcome(string id) => new(id, "applied", null, "AwaitingPartnerReview");

    private static InstanceViewRecord View(InstanceId id, long sequence, params SignalOutcomeView[] outcomes) => new()
    {
        InstanceId = id,
        Name = "DeskRequest",
        RuntimeStatus = RuntimeStatus.Running,
        CustomStatus = "AwaitingPartnerReview",
        CreatedAt = Now,
        LastUpdatedAt = Now,
        Sequence = sequence,
        RecentSignals = outcomes,
    };
}
