using Azure.Data.Tables;
using Workflows.Engine.Tests.Sample;

namespace Workflows.Engine.Tests.Storage;

/// <summary>Erasing the personal data of ended instances, against Azurite: the data go, the figures stay.</summary>
public sealed class EraseTests : EngineTest
{
    private static readonly string[] Tickets = [TicketWorkflow.WorkflowName];

    private async Task<InstanceId> ClosedTicketAsync(string owner)
    {
        var id = (await F.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Brevetto per un'idea", owner), Ct)).InstanceId;
        await F.DrainQueueAsync(Ct);
        Assert.Equal(EventOutcome.Applied, (await F.Client.RaiseEventAsync(id, "Close", null, null, Ct)).Outcome);
        return id;
    }

    [Fact]
    public async Task Erasing_an_ended_instance_removes_input_state_history_and_emails_but_keeps_what_the_figures_count()
    {
        var id = await ClosedTicketAsync("mario.rossi@example.org");
        Assert.NotEmpty(await F.Client.GetOutboxAsync(id, Ct));
        F.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(EraseResult.Erased, await F.Client.EraseAsync(id, Ct));

        var erased = await F.Client.GetInstanceAsync(id, includeHistory: true, Ct);
        Assert.NotNull(erased);
        Assert.Equal(F.Clock.GetUtcNow(), erased.ErasedAt);
        Assert.Null(erased.Input);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, erased.State!.Value.ValueKind);
        Assert.Null(erased.Output);
        Assert.Empty(erased.History!);
        Assert.Empty(await F.Client.GetOutboxAsync(id, Ct));
        Assert.Equal(RuntimeStatus.Completed, erased.RuntimeStatus);
        Assert.Equal("Closed", erased.CustomStatus);

        var indexed = Assert.Single((await F.Client.QueryAsync(new WorkflowQuery { CustomStatus = ["Closed"] }, null, Ct)).Items);
        Assert.Equal(id, indexed.InstanceId);
        Assert.Equal(erased.ErasedAt, indexed.ErasedAt);
        Assert.Equal(RuntimeStatus.Completed, indexed.RuntimeStatus);
    }

    [Fact]
    public async Task A_running_instance_is_not_erased_and_an_unknown_one_is_not_found()
    {
        var running = (await F.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Idea", "a@example.org"), Ct)).InstanceId;

        Assert.Equal(EraseResult.NotEnded, await F.Client.EraseAsync(running, Ct));
        Assert.Equal(EraseResult.NotFound, await F.Client.EraseAsync(InstanceId.New(), Ct));
        var kept = await F.Client.GetInstanceAsync(running, includeHistory: true, Ct);
        Assert.Null(kept!.ErasedAt);
        Assert.NotEmpty(kept.History!);
    }

    [Fact]
    public async Task Erasing_twice_changes_nothing_and_keeps_the_first_time()
    {
        var id = await ClosedTicketAsync("b@example.org");
        await F.Client.EraseAsync(id, Ct);
        var first = (await F.Client.GetInstanceAsync(id, false, Ct))!.ErasedAt;
        F.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(EraseResult.AlreadyErased, await F.Client.EraseAsync(id, Ct));
        Assert.Equal(first, (await F.Client.GetInstanceAsync(id, false, Ct))!.ErasedAt);
    }

    [Fact]
    public async Task The_retention_run_erases_only_what_ended_before_the_cutoff_and_only_once()
    {
        var old = await ClosedTicketAsync("old@example.org");
        F.Clock.Advance(TimeSpan.FromDays(40));
        var recent = await ClosedTicketAsync("recent@example.org");
        var open = (await F.Client.StartAsync(TicketWorkflow.WorkflowName, new TicketInput("Idea", "open@example.org"), Ct)).InstanceId;
        var cutoff = F.Clock.GetUtcNow() - TimeSpan.FromDays(30);

        Assert.Equal(1, await F.Client.EraseEndedAsync(Tickets, cutoff, Ct));
        Assert.Equal(0, await F.Client.EraseEndedAsync(Tickets, cutoff, Ct));
        Assert.Equal(0, await F.Client.EraseEndedAsync(["Other"], F.Clock.GetUtcNow(), Ct));

        Assert.NotNull((await F.Client.GetInstanceAsync(old, false, Ct))!.ErasedAt);
        Assert.Null((await F.Client.GetInstanceAsync(recent, false, Ct))!.ErasedAt);
        Assert.Null((await F.Client.GetInstanceAsync(open, false, Ct))!.ErasedAt);
    }

    [Fact]
    public async Task An_erasure_cut_short_before_the_index_is_finished_by_the_next_retention_run()
    {
        var id = await ClosedTicketAsync("c@example.org");
        await F.Client.EraseAsync(id, Ct);

        // As if the process died after the snapshot was rewritten but before the index row was: the index still
        // shows the instance as not erased, and the next run must pick it up and finish.
        await foreach (var row in F.Store.Index.QueryAsync<TableEntity>(r => r.GetString("InstanceId") == id.Value, cancellationToken: Ct))
        {
            row.Remove("ErasedAt");
            await F.Store.Index.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, Ct);
        }

        Assert.Null(Assert.Single((await F.Client.QueryAsync(new WorkflowQuery(), null, Ct)).Items).ErasedAt);

        Assert.Equal(0, await F.Client.EraseEndedAsync(Tickets, F.Clock.GetUtcNow().AddDays(1), Ct));
        Assert.NotNull(Assert.Single((await F.Client.QueryAsync(new WorkflowQuery(), null, Ct)).Items).ErasedAt);
    }
}
