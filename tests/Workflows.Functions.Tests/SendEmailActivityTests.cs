using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Workflows.Orchestration.Activities;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Functions.Tests;

/// <summary>
/// The e-mail activity on Azurite, with a provider that records its calls: the send record read before the provider
/// is called, written once with the outcome, and one e-mail at a time between the provider's call and its record.
/// </summary>
public sealed class SendEmailActivityTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    private readonly string _prefix = "se" + Guid.NewGuid().ToString("N")[..10];
    private readonly TableServiceClient _tables = new(TestStorage.ConnectionString);
    private readonly RecordingProvider _provider = new();
    private WorkflowViewStore _views = null!;

    public async Task InitializeAsync()
    {
        _views = new WorkflowViewStore(_tables, new ViewTables(_prefix));
        await _views.CreateTablesAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        foreach (var table in new ViewTables(_prefix).All)
        {
            await _tables.DeleteTableAsync(table);
        }
    }

    [Fact]
    public async Task Given_many_emails_sent_at_once_when_they_go_out_then_the_provider_is_called_one_at_a_time_and_each_is_recorded_sent()
    {
        var id = InstanceId.New();
        var activities = Enumerable.Range(0, 3).Select(_ => Activity()).ToList();

        var results = await Task.WhenAll(Enumerable.Range(1, 12).Select(n => activities[n % 3].RunAsync(new Context(), Delivery(id, n))));

        Assert.All(results, r => Assert.Equal(EmailSendResult.Sent, r.Status));
        Assert.Equal(12, _provider.Calls.Count);
        Assert.Equal(1, _provider.MostAtOnce);
        var records = await _views.GetEmailsAsync(id, CancellationToken.None);
        Assert.Equal(12, records.Count);
        Assert.All(records, r => Assert.Equal(("Sent", 1, "mario.rossi@example.org"), (r.Status, r.Attempts, r.To)));
    }

    [Fact]
    public async Task Given_an_email_already_sent_when_its_activity_runs_again_then_the_provider_is_not_called_again()
    {
        var id = InstanceId.New();
        await Activity().RunAsync(new Context(), Delivery(id, 1));

        var again = await Activity().RunAsync(new Context(), Delivery(id, 1));

        Assert.Equal(EmailSendResult.Sent, again.Status);
        Assert.Single(_provider.Calls);
        var stored = await _views.GetEmailAsync(id, "0001", CancellationToken.None);
        Assert.Equal(("Sent", 1), (stored!.Value.Record.Status, stored.Value.Record.Attempts));
        Assert.Equal("convocation", stored.Value.Record.Template);
        Assert.Equal("TO-2026-0042", stored.Value.Model!.Value.GetProperty("requestCode").GetString());
    }

    [Fact]
    public async Task Given_a_provider_busy_on_the_first_attempt_when_the_retry_succeeds_then_the_record_counts_two_attempts_and_keeps_the_model()
    {
        var id = InstanceId.New();
        _provider.FailNext = new OutboxDispatchException("429 Too Many Requests", isTransient: true, TimeSpan.FromSeconds(5));

        var first = await Activity().RunAsync(new Context(), Delivery(id, 1));
        var queued = await _views.GetEmailAsync(id, "0001", CancellationToken.None);
        var second = await Activity().RunAsync(new Context(), Delivery(id, 1));

        Assert.Equal((EmailSendResult.Retry, TimeSpan.FromSeconds(5)), (first.Status, first.RetryAfter));
        Assert.Equal(("Pending", 1, "429 Too Many Requests"), (queued!.Value.Record.Status, queued.Value.Record.Attempts, queued.Value.Record.LastError));
        Assert.Equal(EmailSendResult.Sent, second.Status);
        var sent = await _views.GetEmailAsync(id, "0001", CancellationToken.None);
        Assert.Equal(("Sent", 2, (string?)null), (sent!.Value.Record.Status, sent.Value.Record.Attempts, sent.Value.Record.LastError));
        Assert.Equal("TO-2026-0042", sent.Value.Model!.Value.GetProperty("requestCode").GetString());
    }

    [Fact]
    public async Task Given_storage_failing_to_record_an_accepted_email_when_the_activity_is_retried_then_the_provider_is_not_called_again()
    {
        var id = InstanceId.New();
        var failing = new FailSentWrites(times: 2);
        var options = new TableClientOptions();
        options.AddPolicy(failing, HttpPipelinePosition.PerCall);
        var views = new WorkflowViewStore(new TableServiceClient(TestStorage.ConnectionString, options), new ViewTables(_prefix));
        var activity = new SendEmailActivity(views, _provider, new FakeTimeProvider(Now), NullLogger<SendEmailActivity>.Instance);

        // Accepted by the provider, its record refused twice by storage: each run throws and the turn retries it.
        await Assert.ThrowsAsync<RequestFailedException>(() => activity.RunAsync(new Context(), Delivery(id, 1)));
        await Assert.ThrowsAsync<RequestFailedException>(() => activity.RunAsync(new Context(), Delivery(id, 1)));
        var third = await activity.RunAsync(new Context(), Delivery(id, 1));

        Assert.Equal(EmailSendResult.Sent, third.Status);
        Assert.Equal(3, failing.SentWrites); // two refused, the third recorded it
        Assert.Single(_provider.Calls); // sent once: the retries only wrote the record
        var stored = await _views.GetEmailAsync(id, "0001", CancellationToken.None);
        Assert.Equal(("Sent", "msg-" + _provider.Calls[0]), (stored!.Value.Record.Status, stored.Value.Record.ProviderMessageId));
    }

    private SendEmailActivity Activity() => new(_views, _provider, new FakeTimeProvider(Now), NullLogger<SendEmailActivity>.Instance);

    private static EmailDelivery Delivery(InstanceId id, int n) => new(
        id.Value,
        "DeskRequest",
        n.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
        new SendEmail("convocation", "mario.rossi@example.org", "it", JsonSerializer.SerializeToElement(new { requestCode = "TO-2026-0042" })),
        1,
        Now);

    private sealed class Context : TaskActivityContext
    {
        public override TaskName Name => SendEmailActivity.Name;

        public override string InstanceId => "test";
    }

    /// <summary>Storage refusing (503) the first <paramref name="times"/> writes of a "Sent" record.</summary>
    private sealed class FailSentWrites(int times) : HttpPipelineSynchronousPolicy
    {
        private int _writes;

        /// <summary>The writes of a "Sent" record seen, refused or not.</summary>
        public int SentWrites => Volatile.Read(ref _writes);

        public override void OnSendingRequest(HttpMessage message)
        {
            if (message.Request.Method != RequestMethod.Get
                && message.Request.Content is { } content
                && content.TryComputeLength(out _)
                && Body(content).Contains("\"Status\":\"Sent\"", StringComparison.Ordinal)
                && Interlocked.Increment(ref _writes) <= times)
            {
                throw new RequestFailedException(503, "Storage unavailable (test)");
            }
        }

        private static string Body(RequestContent content)
        {
            using var stream = new MemoryStream();
            content.WriteTo(stream, CancellationToken.None);
            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }
    }

    /// <summary>Records each call and how many were in flight at once; each call takes a few milliseconds.</summary>
    private sealed class RecordingProvider : IOutboxDispatcher
    {
        private int _inFlight;
        private int _mostAtOnce;
        private OutboxDispatchException? _failNext;

        public List<string> Calls { get; } = [];

        public int MostAtOnce => Volatile.Read(ref _mostAtOnce);

        public OutboxDispatchException? FailNext { get => _failNext; set => _failNext = value; }

        public async Task<string?> DispatchAsync(OutboxItem item, CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _mostAtOnce, now);
            try
            {
                await Task.Delay(5, cancellationToken);
                if (Interlocked.Exchange(ref _failNext, null) is { } failure)
                {
                    throw failure;
                }

                lock (Calls)
                {
                    Calls.Add(item.Id);
                }

                return "msg-" + item.Id;
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}
