using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Storage.Queues.Models;
using Workflows.Engine;
using Workflows.Steps;
using Workflows.Host.Tests.Sample;

namespace Workflows.Host.Tests.Functions;

/// <summary>
/// The custom-handler contract: the documented payloads (kept as files in <c>Payloads/</c>) are posted as the
/// Functions host posts them, and the answers have the documented shape and status codes.
/// </summary>
public sealed class FunctionsContractTests(HostFixture host) : IClassFixture<HostFixture>, IDisposable
{
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));

    private CancellationToken Ct => _timeout.Token;

    public void Dispose() => _timeout.Dispose();

    [Fact]
    public async Task Given_a_queued_email_when_the_host_posts_the_documented_queue_payload_then_it_is_sent_once_and_the_answer_has_the_handler_shape()
    {
        using var api = host.CreateCoordinatorClient();
        var id = await host.StartRequestAsync(api, Partner(), ct: Ct);
        var message = await ReceiveOneAsync(id);

        using var functions = host.CreateAnonymousClient();
        var (status, answer) = await PostAsync(functions, "/work", FunctionsPayload.Queue(message.MessageText, message.DequeueCount, message.MessageId));

        Assert.Equal(HttpStatusCode.OK, status);
        AssertHandlerShape(answer);
        var sent = Assert.Single(host.Dispatcher.For(id));
        Assert.Equal("partner-review-request", sent.Email.Template);
        Assert.Equal("Sent", Assert.Single(await host.Queries.GetEmailsAsync(id, Ct)).Status);

        // The host delivers at least once: the same message again sends nothing more.
        var (again, _) = await PostAsync(functions, "/work", FunctionsPayload.Queue(message.MessageText, message.DequeueCount + 1, message.MessageId));
        Assert.Equal(HttpStatusCode.OK, again);
        Assert.Single(host.Dispatcher.For(id));
    }

    [Fact]
    public async Task Given_the_message_in_its_base64_wire_form_when_posted_then_it_is_decoded_and_handled()
    {
        using var api = host.CreateCoordinatorClient();
        var id = await host.StartRequestAsync(api, Partner(), ct: Ct);
        var message = await ReceiveOneAsync(id);
        var wire = Convert.ToBase64String(Encoding.UTF8.GetBytes(message.MessageText));

        using var functions = host.CreateAnonymousClient();
        var (status, _) = await PostAsync(functions, "/work", FunctionsPayload.Queue(wire, 1, message.MessageId));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Single(host.Dispatcher.For(id));
    }

    [Fact]
    public async Task Given_a_failing_work_item_when_delivered_before_the_last_time_then_500_with_the_error_type_so_the_host_retries()
    {
        var item = BadTimerItem();
        using var functions = host.CreateAnonymousClient();

        var (status, answer) = await PostAsync(functions, "/work", FunctionsPayload.Queue(item, 1, Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.InternalServerError, status);
        AssertHandlerShape(answer);
        var log = Assert.Single(answer.GetProperty("Logs").EnumerateArray()).GetString()!;
        Assert.Contains(nameof(FormatException), log, StringComparison.Ordinal);
        Assert.DoesNotContain("Malformed timer reference", log, StringComparison.Ordinal); // the type, never the message
    }

    [Fact]
    public async Task Given_a_failing_work_item_on_its_last_delivery_with_the_count_as_a_string_then_it_is_poisoned_with_its_reason_and_completed()
    {
        var instance = InstanceId.New();
        var item = BadTimerItem(instance);
        using var functions = host.CreateAnonymousClient();

        var (status, answer) = await PostAsync(functions, "/work", FunctionsPayload.Queue(item, 5, Guid.NewGuid().ToString(), "queue-trigger-dequeuecount-string.json"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("poisoned", answer.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
        var poison = await host.Queries.GetFailedEmailsAsync(Ct);
        Assert.Contains(poison, p => p.InstanceId == instance.Value && p.Reason.Contains(nameof(FormatException), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{}", "no Data object")]
    [InlineData("{\"Data\":{\"other\":\"x\"},\"Metadata\":{}}", "no Data.message")]
    [InlineData("not json", "body is not JSON")]
    public async Task Given_a_body_that_is_not_the_queue_payload_when_posted_then_400_in_the_handler_shape(string body, string problem)
    {
        using var functions = host.CreateAnonymousClient();

        var (status, answer) = await PostAsync(functions, "/work", body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertHandlerShape(answer);
        Assert.Contains(problem, answer.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timer-trigger.json")]
    [InlineData("timer-trigger-no-status.json")]
    [InlineData("timer-trigger-odd-status.json")]
    public async Task Given_a_documented_timer_payload_when_posted_then_the_sweeper_runs_and_answers_200(string file)
    {
        using var functions = host.CreateAnonymousClient();

        var (status, answer) = await PostAsync(functions, "/sweeper", FunctionsPayload.Read(file));

        Assert.Equal(HttpStatusCode.OK, status);
        AssertHandlerShape(answer);
        Assert.StartsWith("Swept ", answer.GetProperty("Logs")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_email_whose_queue_message_was_lost_when_the_timer_trigger_fires_then_the_sweeper_sends_it()
    {
        using var api = host.CreateCoordinatorClient();
        var id = await host.StartRequestAsync(api, Partner(), ct: Ct);
        await host.WorkQueueClient.ClearMessagesAsync(Ct);
        using var functions = host.CreateAnonymousClient();

        var (early, _) = await PostAsync(functions, "/sweeper", FunctionsPayload.Read("timer-trigger.json"));
        Assert.Equal(HttpStatusCode.OK, early);
        Assert.Empty(host.Dispatcher.For(id)); // within the grace period the queue is trusted

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var (status, _) = await PostAsync(functions, "/sweeper", FunctionsPayload.Read("timer-trigger.json"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("partner-review-request", Assert.Single(host.Dispatcher.For(id)).Email.Template);
    }

    private static string Partner() => "partner-" + Guid.NewGuid().ToString("N")[..8];

    private static string BadTimerItem(InstanceId? id = null) =>
        JsonSerializer.Serialize(new { k = "t", i = (id ?? InstanceId.New()).Value, r = "reminder-without-generation" });

    private async Task<QueueMessage> ReceiveOneAsync(InstanceId id)
    {
        // The e-mail's message is visible now; the reminder's waits two days.
        var batch = await host.WorkQueueClient.ReceiveMessagesAsync(32, TimeSpan.FromSeconds(30), Ct);
        return Assert.Single(batch.Value, m => m.MessageText.Contains(id.Value, StringComparison.Ordinal));
    }

    private async Task<(HttpStatusCode Status, JsonElement Answer)> PostAsync(HttpClient client, string path, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content, Ct);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, await JsonSerializer.DeserializeAsync<JsonElement>(await response.Content.ReadAsStreamAsync(Ct), cancellationToken: Ct));
    }

    private static void AssertHandlerShape(JsonElement answer)
    {
        Assert.Equal(JsonValueKind.Object, answer.GetProperty("Outputs").ValueKind);
        Assert.Equal(JsonValueKind.Array, answer.GetProperty("Logs").ValueKind);
        Assert.NotEmpty(answer.GetProperty("Logs").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, answer.GetProperty("ReturnValue").ValueKind);
    }
}
