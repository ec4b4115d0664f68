using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace Workflows.Bench;

/// <summary>
/// The raw ceiling: what Azure.Data.Tables and Azure.Storage.Queues do with no engine in between. One operation
/// is the storage work of a transition that sends one e-mail, written by hand: one entity-group transaction
/// (snapshot replaced under its ETag, one history row and one outbox row added) and then one enqueue.
/// </summary>
internal static class CeilingPhase
{
    public static async Task<ClosedLoop.Rate> RunAsync(BenchSettings settings)
    {
        var name = "bceil" + Guid.NewGuid().ToString("N")[..10];
        var table = new TableClient(settings.ConnectionString, name);
        var queue = new QueueClient(settings.ConnectionString, name + "-work", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        await table.CreateIfNotExistsAsync();
        await queue.CreateIfNotExistsAsync();
        try
        {
            var partitions = new string[settings.Concurrency];
            var etags = new ETag[settings.Concurrency];
            var sequences = new long[settings.Concurrency];
            for (var w = 0; w < settings.Concurrency; w++)
            {
                partitions[w] = Guid.NewGuid().ToString("N")[..26];
                var created = await table.AddEntityAsync(Snapshot(partitions[w], 0));
                etags[w] = created.Headers.ETag ?? ETag.All;
            }

            using var requests = settings.CountRequests ? new StorageRequests() : null;
            IReadOnlyDictionary<string, long> before = new Dictionary<string, long>(), after = before;
            var rate = await ClosedLoop.RunAsync(settings.Concurrency, async (w, _) =>
            {
                var pk = partitions[w];
                var sequence = ++sequences[w];
                var snapshot = Snapshot(pk, sequence);
                var history = new TableEntity(pk, "h|" + sequence.ToString("D10", System.Globalization.CultureInfo.InvariantCulture))
                {
                    ["Kind"] = "EventRaised",
                    ["Name"] = "InfoAnswered",
                    ["CustomStatus"] = "AwaitingPartnerReview",
                    ["At"] = DateTimeOffset.UnixEpoch,
                };
                var outbox = new TableEntity(pk, "o|" + sequence.ToString("D10", System.Globalization.CultureInfo.InvariantCulture) + "-00")
                {
                    ["Template"] = "partner-review-request",
                    ["To"] = "p@partner.example.org",
                    ["Status"] = "Pending",
                    ["Model"] = "{\"comune\":\"001001\",\"answers\":1}",
                };
                var response = await table.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, snapshot, etags[w]),
                    new TableTransactionAction(TableTransactionActionType.Add, history),
                    new TableTransactionAction(TableTransactionActionType.Add, outbox),
                ]);
                etags[w] = response.Value[0].Headers.ETag ?? ETag.All;
                await queue.SendMessageAsync(JsonSerializer.Serialize(new { k = "o", i = pk, r = outbox.RowKey }));
                return true;
            }, settings.WarmUp, settings.Phase, edges: open =>
            {
                if (requests is not null)
                {
                    (open ? ref before : ref after) = requests.Snapshot();
                }
            });
            if (requests is not null)
            {
                Console.WriteLine("  " + StorageRequests.Describe(before, after, rate.Operations));
            }

            return rate;
        }
        finally
        {
            await table.DeleteAsync();
            await queue.DeleteIfExistsAsync();
        }
    }

    private static TableEntity Snapshot(string pk, long sequence) => new(pk, "snapshot")
    {
        ["WorkflowName"] = "BenchDeskRequest",
        ["RuntimeStatus"] = "Running",
        ["CustomStatus"] = "AwaitingPartnerReview",
        ["State"] = "{\"comune\":\"001001\",\"partner\":\"p\",\"answers\":" + sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}",
        ["Sequence"] = sequence,
    };
}
