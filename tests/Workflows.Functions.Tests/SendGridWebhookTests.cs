using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Workflows.Email;
using Workflows.Functions.Email;
using Workflows.Functions.Hosting;
using Workflows.Orchestration.Orchestrators;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Functions.Tests;

/// <summary>
/// The Function App's SendGrid Event Webhook on Azurite: the function refuses what is not SendGrid's and records what
/// is; the recorder tells the workflow about a bounce once per provider event.
/// </summary>
public sealed class SendGridWebhookTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 16, 9, 0, 0, TimeSpan.Zero);

    private readonly string _prefix = "wh" + Guid.NewGuid().ToString("N")[..10];
    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(60));
    private readonly List<(string InstanceId, WorkflowSignal Signal)> _raised = [];
    private ServiceProvider _services = null!;
    private WorkflowViewStore _views = null!;

    public async Task InitializeAsync()
    {
        _services = Services(webhookKey: Convert.ToBase64String(_key.ExportSubjectPublicKeyInfo()));
        _views = _services.GetRequiredService<WorkflowViewStore>();
        await _views.CreateTablesAsync(_timeout.Token);
    }

    public async Task DisposeAsync()
    {
        var tables = _services.GetRequiredService<TableServiceClient>();
        foreach (var table in new ViewTables(_prefix).All)
        {
            await tables.DeleteTableAsync(table);
        }

        await _services.DisposeAsync();
    }

    public void Dispose()
    {
        _key.Dispose();
        _timeout.Dispose();
    }

    [Fact]
    public async Task Given_no_webhook_key_configured_when_sendgrid_posts_then_the_answer_is_404_problem_details()
    {
        await using var services = Services(webhookKey: null);
        var function = new SendGridWebhookFunction(services, _views, NullLogger<SendGridWebhookFunction>.Instance);

        var result = await function.RunAsync(Request("[]"u8.ToArray(), signature: null), null!, _timeout.Token);

        Assert.Equal(StatusCodes.Status404NotFound, Assert.IsType<ObjectResult>(result).StatusCode);
    }

    [Fact]
    public async Task Given_a_body_signed_with_another_key_when_posted_then_the_answer_is_401_and_nothing_is_recorded()
    {
        var (id, emailId) = await SentEmailAsync();
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var body = Batch(id, emailId, "delivered");

        var result = await Function().RunAsync(Request(body, Sign(other, body)), null!, _timeout.Token);

        Assert.Equal(StatusCodes.Status401Unauthorized, Assert.IsType<ObjectResult>(result).StatusCode);
        Assert.Empty((await _views.GetEmailAsync(id, emailId, _timeout.Token))!.Value.Record.Deliveries);
    }

    [Fact]
    public async Task Given_a_signed_delivered_event_when_posted_then_it_is_recorded_on_the_send_record_and_no_alert_is_raised()
    {
        var (id, emailId) = await SentEmailAsync();
        var body = Batch(id, emailId, "delivered");

        var result = await Function().RunAsync(Request(body, Sign(_key, body)), null!, _timeout.Token);

        Assert.IsType<OkResult>(result);
        var delivery = Assert.Single((await _views.GetEmailAsync(id, emailId, _timeout.Token))!.Value.Record.Deliveries);
        Assert.Equal("delivered", delivery.Event);
    }

    [Fact]
    public async Task Given_a_bounce_reported_twice_when_recorded_then_the_workflow_gets_one_undeliverable_signal_key_both_times()
    {
        var (id, emailId) = await SentEmailAsync();
        var recorder = new DurableDeliveryRecorder(_views, (instance, signal, _) =>
        {
            _raised.Add((instance, signal));
            return Task.CompletedTask;
        });
        var bounce = new EmailDeliveryEvent(id.Value, emailId, EmailDeliveryKind.Bounced, Now, "Ym91bmNl", "msg-1", "550 5.1.1 no such user", "5.1.1");

        await recorder.RecordAsync(bounce, _timeout.Token);
        await recorder.RecordAsync(bounce, _timeout.Token);

        Assert.Single((await _views.GetEmailAsync(id, emailId, _timeout.Token))!.Value.Record.Deliveries);
        Assert.Equal(2, _raised.Count);
        Assert.All(_raised, r =>
        {
            Assert.Equal(id.Value, r.InstanceId);
            Assert.Equal(DurableDeliveryRecorder.UndeliverableEvent, r.Signal.Name);
            Assert.Equal("delivery:Ym91bmNl", r.Signal.SingleUseKey); // the orchestration applies one key once
            Assert.Equal("convocation", r.Signal.Payload!.Value.GetProperty("template").GetString());
            Assert.Equal("bounced", r.Signal.Payload.Value.GetProperty("kind").GetString());
        });
    }

    [Fact]
    public async Task Given_an_event_for_an_unknown_email_or_a_forged_instance_id_when_recorded_then_nothing_happens()
    {
        var (id, _) = await SentEmailAsync();
        var recorder = new DurableDeliveryRecorder(_views, (instance, signal, _) =>
        {
            _raised.Add((instance, signal));
            return Task.CompletedTask;
        });

        await recorder.RecordAsync(new EmailDeliveryEvent(id.Value, "9999", EmailDeliveryKind.Bounced, Now, "x", null, null, null), _timeout.Token);
        await recorder.RecordAsync(new EmailDeliveryEvent("not an id", "0001", EmailDeliveryKind.Dropped, Now, "y", null, null, null), _timeout.Token);

        Assert.Empty(_raised);
    }

    private SendGridWebhookFunction Function() => new(_services, _views, NullLogger<SendGridWebhookFunction>.Instance);

    private ServiceProvider Services(string? webhookKey)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        services.AddWorkflowFunctions(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = TestStorage.ConnectionString,
            ["Storage:TablePrefix"] = _prefix,
            ["ActionLinks:CurrentKeyId"] = "k1",
            ["ActionLinks:Keys:k1"] = Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray()),
            ["Email:SendGrid:Webhook:PublicKey"] = webhookKey,
        }).Build());
        return services.BuildServiceProvider();
    }

    private async Task<(InstanceId Id, string EmailId)> SentEmailAsync()
    {
        var id = InstanceId.New();
        var email = new SendEmail("convocation", "mario.rossi@example.org", "it", JsonSerializer.SerializeToElement(new { requestCode = "TO-2026-0042" }));
        var attempt = await _views.BeginAttemptAsync(id, "DeskRequest", "0001", email, Now, _timeout.Token);
        await _views.MarkSentAsync(attempt!, "msg-1", Now, _timeout.Token);
        return (id, "0001");
    }

    private static byte[] Batch(InstanceId id, string emailId, string kind) => Encoding.UTF8.GetBytes($$"""
        [{"email":"mario.rossi@example.org","timestamp":{{Now.ToUnixTimeSeconds()}},"event":"{{kind}}","sg_event_id":"ZXZlbnQ",
          "sg_message_id":"msg-1","instanceId":"{{id.Value}}","outboxId":"{{emailId}}"}]
        """);

    private static string Timestamp => Now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private static string Sign(ECDsa key, byte[] body) =>
        Convert.ToBase64String(key.SignData([.. Encoding.UTF8.GetBytes(Timestamp), .. body], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    private static HttpRequest Request(byte[] body, string? signature)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = body.Length;
        if (signature is not null)
        {
            context.Request.Headers[SendGridWebhookVerifier.SignatureHeader] = signature;
            context.Request.Headers[SendGridWebhookVerifier.TimestampHeader] = Timestamp;
        }

        return context.Request;
    }
}
