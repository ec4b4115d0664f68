using Azure;
using Azure.Data.Tables;
using Workflows.Engine.Storage;

namespace Workflows.Engine.Tests.Storage;

/// <summary>The in-memory copies of just-committed outbox rows stay useful when other processes dispatch some.</summary>
public sealed class RecentOutboxTests
{
    private static TableEntity Row(InstanceId id, string outboxId) =>
        new(id.Value, Keys.Outbox(outboxId)) { ETag = new ETag("W/\"1\""), ["Model0"] = "{}", ["ModelChunks"] = 1 };

    [Fact]
    public void Rows_never_taken_here_make_room_for_new_ones()
    {
        var recent = new RecentOutbox(capacity: 20);
        for (var i = 0; i < 100; i++)
        {
            recent.Add(Row(InstanceId.New(), "0000000002-00")); // dispatched elsewhere, never taken here
        }

        var mine = InstanceId.New();
        recent.Add(Row(mine, "0000000003-00"));

        Assert.True(recent.Count <= 20);
        Assert.NotNull(recent.Take(mine, "0000000003-00"));
        Assert.Null(recent.Take(mine, "0000000003-00")); // taken once: the dispatcher owns it now
    }

    [Fact]
    public void A_row_without_the_etag_of_its_commit_is_not_kept()
    {
        var recent = new RecentOutbox(capacity: 20);
        var id = InstanceId.New();
        recent.Add(new TableEntity(id.Value, Keys.Outbox("0000000002-00")));

        Assert.Null(recent.Take(id, "0000000002-00"));
    }
}
