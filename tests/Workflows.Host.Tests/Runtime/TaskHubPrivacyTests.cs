using System.IO.Compression;
using System.Text;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Host.Runtime;
using Workflows.Orchestration.Activities;
using Workflows.Orchestration.Hosting;

namespace Workflows.Host.Tests.Runtime;

/// <summary>
/// "Personal data never in queue messages", on the real runtime against Azurite: after a desk request has been routed
/// and has sent its first e-mails, and with a second request and a partner's question naming the applicant waiting in the queues (the
/// worker stopped, so the messages stay there), none of the applicants' names, e-mails, phones or words is in clear
/// in the task hub's queue messages, History and Instances rows or large-message blobs.
/// </summary>
public sealed class TaskHubPrivacyTests
{
    private const string Name = "Ottavia Brusasco Quaglietti";
    private const string Email = "ottavia.brusasco@example.org";
    private const string Phone = "0125 777 4321";
    private const string Words = "torchio per le nocciole";
    private const string Answer = "rispondo io, Ottavia, dopo le sei";

    [Fact]
    public async Task Given_a_request_that_sent_its_emails_and_work_waiting_in_the_queues_then_no_personal_data_is_in_clear_in_the_task_hub()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var ct = timeout.Token;
        await using var host = HostFixture.With(s => s["TaskHub:OutcomeWait"] = "00:00:00");
        await host.InitializeAsync();
        Assert.True(host.Services.GetRequiredService<DurableJson>().Encrypts);

        var routed = await FileAsync(host, 1, ct);
        await host.DeliverWorkAsync(ct);
        Assert.Contains(await host.Queries.GetEmailsAsync(routed, ct), e => e.Status == "Sent" && e.To == Email);

        await host.Services.GetRequiredService<LocalTaskHubWorker>().StopAsync(ct); // the queues keep what arrives now
        var waiting = await FileAsync(host, 2, ct);
        var view = await host.Queries.GetInstanceAsync(routed, false, ct);
        var question = new InfoQuestion(view!.State!.Value.GetProperty("stepToken").GetString()!, $"Per {Name}: {Answer}?");
        var raised = await host.Commands.RaiseEventAsync(routed, DeskRequestEvents.PartnerAskedInfo, question, null, ct);
        Assert.NotEqual(EventOutcome.Rejected, raised.Outcome);

        var stored = await TaskHubTextAsync(host.Prefix, ct);

        // The check can fail: the hub holds the requests' starts, their e-mails and the answer, in some form.
        Assert.Contains(stored, s => s.Where.StartsWith("queue", StringComparison.Ordinal) && s.Text.Contains(waiting.Value, StringComparison.Ordinal));
        Assert.Contains(stored, s => s.Where.StartsWith("queue", StringComparison.Ordinal) && s.Text.Contains(routed.Value, StringComparison.Ordinal));
        Assert.Contains(stored, s => s.Where.StartsWith("History", StringComparison.Ordinal) && s.Text.Contains("TaskScheduled", StringComparison.Ordinal) && s.Text.Contains(CompleteTurnActivity.Name, StringComparison.Ordinal));
        Assert.Contains(stored, s => s.Where.StartsWith("History", StringComparison.Ordinal) && s.Text.Contains("TaskCompleted", StringComparison.Ordinal));
        foreach (var personal in new[] { Name, "Brusasco", Email, Phone, Words, "nocciole", Answer })
        {
            var found = stored.FirstOrDefault(s => s.Text.Contains(personal, StringComparison.OrdinalIgnoreCase));
            Assert.True(found.Text is null, $"'{personal}' is in clear in the task hub ({found.Where}).");
        }
    }

    private static async Task<InstanceId> FileAsync(HostFixture host, int n, CancellationToken ct)
    {
        var directory = host.Services.GetRequiredService<NetworkDirectory>();
        var applicant = new Applicant(ApplicantKind.Citizen, Name, Email, Phone);
        var intake = new DeskIntake("burolo", "001042", applicant, Category.InnovationPatent, $"Vorrei brevettare un {Words}.",
            ContactMode.AtDesk, new PrivacyConsent(Workflows.Host.Web.Desk.PrivacyNotice.Version, host.Clock.GetUtcNow()));
        var started = await host.Commands.StartAsync(DeskRequestWorkflow.WorkflowName, directory.PrepareRequest(intake, $"TO-2026-95{n:00}"), ct);
        Assert.Null(started.Rejection);
        return started.InstanceId;
    }

    /// <summary>Every text the hub holds: queue messages (peeked), History and Instances rows, large-message blobs.</summary>
    private static async Task<List<(string Where, string Text)>> TaskHubTextAsync(string hub, CancellationToken ct)
    {
        var found = new List<(string Where, string Text)>();
        var queues = new QueueServiceClient(TestStorage.ConnectionString);
        await foreach (var queue in queues.GetQueuesAsync(prefix: hub.ToLowerInvariant(), cancellationToken: ct))
        {
            var messages = await queues.GetQueueClient(queue.Name).PeekMessagesAsync(32, ct);
            found.AddRange(messages.Value.Select(m => ("queue " + queue.Name, Readable(m.Body.ToArray()))));
        }

        foreach (var table in new[] { "History", "Instances" })
        {
            await foreach (var row in new TableClient(TestStorage.ConnectionString, hub + table).QueryAsync<TableEntity>(cancellationToken: ct))
            {
                var columns = row.Select(p => p.Key + "=" + (p.Value is byte[] b ? Readable(b) : p.Value?.ToString()));
                found.Add((table + " " + row.RowKey, string.Join('\n', columns)));
            }
        }

        var blobs = new BlobServiceClient(TestStorage.ConnectionString);
        await foreach (var container in blobs.GetBlobContainersAsync(prefix: hub.ToLowerInvariant(), cancellationToken: ct))
        {
            var client = blobs.GetBlobContainerClient(container.Name);
            await foreach (var blob in client.GetBlobsAsync(cancellationToken: ct))
            {
                var content = await client.GetBlobClient(blob.Name).DownloadContentAsync(ct);
                found.Add(("blob " + container.Name + "/" + blob.Name, Readable(content.Value.Content.ToArray())));
            }
        }

        return found;
    }

    /// <summary>The text as stored, and as it reads once un-base64'd or un-gzipped (how queues and blobs may keep it).</summary>
    private static string Readable(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var forms = new List<string> { text };
        var buffer = new byte[text.Length];
        if (Convert.TryFromBase64String(text.Trim(), buffer, out var written))
        {
            forms.Add(Encoding.UTF8.GetString(buffer, 0, written));
            forms.Add(Gunzip(buffer[..written]) ?? string.Empty);
        }

        forms.Add(Gunzip(bytes) ?? string.Empty);
        return string.Join('\n', forms);
    }

    private static string? Gunzip(byte[] bytes)
    {
        if (bytes.Length < 2 || bytes[0] != 0x1f || bytes[1] != 0x8b)
        {
            return null;
        }

        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
