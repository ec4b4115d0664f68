using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Workflows.Host.Email;

namespace Workflows.Host.Tests.Email;

public sealed class SendGridWebhookApiTests
{
    private sealed class RecordingRecorder : IEmailDeliveryRecorder
    {
        public ConcurrentQueue<EmailDeliveryEvent> Recorded { get; } = new();

        public Task RecordAsync(EmailDeliveryEvent deliveryEvent, CancellationToken ct)
        {
            Recorded.Enqueue(deliveryEvent);
            return Task.CompletedTask;
        }
    }

    private static async Task<WebApplication> StartAsync(RecordingRecorder recorder, SendGridSigningKey? key)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(SendGridSigningKey.Now));
        builder.Services.AddSingleton<IEmailDeliveryRecorder>(recorder);
        builder.Services.AddProblemDetails();
        if (key is not null)
        {
            builder.Services.AddSingleton(key.Options());
            builder.Services.AddSingleton<SendGridWebhookVerifier>();
        }

        var app = builder.Build();
        app.MapSendGridWebhook();
        await app.StartAsync();
        return app;
    }

    private static HttpRequestMessage Post(byte[] body, string? signature, string? timestamp)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, SendGridWebhookApi.DefaultPattern)
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } },
        };
        if (signature is not null)
        {
            request.Headers.Add(SendGridWebhookVerifier.SignatureHeader, signature);
        }

        if (timestamp is not null)
        {
            request.Headers.Add(SendGridWebhookVerifier.TimestampHeader, timestamp);
        }

        return request;
    }

    [Fact]
    public async Task Given_a_signed_batch_when_posted_then_200_and_every_delivery_event_is_recorded()
    {
        using var key = new SendGridSigningKey();
        var recorder = new RecordingRecorder();
        await using var app = await StartAsync(recorder, key);
        var body = SendGridSigningKey.Batch();
        var timestamp = SendGridSigningKey.Timestamp(SendGridSigningKey.Now);

        using var response = await app.GetTestClient().SendAsync(Post(body, key.Sign(timestamp, body), timestamp));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, recorder.Recorded.Count);
        Assert.Equal("ob-7", recorder.Recorded.First().OutboxId);
    }

    [Fact]
    public async Task Given_a_tampered_body_then_401_problem_details_and_nothing_recorded()
    {
        using var key = new SendGridSigningKey();
        var recorder = new RecordingRecorder();
        await using var app = await StartAsync(recorder, key);
        var body = SendGridSigningKey.Batch();
        var timestamp = SendGridSigningKey.Timestamp(SendGridSigningKey.Now);
        var signature = key.Sign(timestamp, body);
        body[^5] ^= 0x01;

        using var response = await app.GetTestClient().SendAsync(Post(body, signature, timestamp));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal(401, problem!.Status);
        Assert.Equal("BadSignature", problem.Detail);
        Assert.Empty(recorder.Recorded);
    }

    [Fact]
    public async Task Given_a_batch_signed_with_another_key_then_401()
    {
        using var key = new SendGridSigningKey();
        using var other = new SendGridSigningKey();
        var recorder = new RecordingRecorder();
        await using var app = await StartAsync(recorder, key);
        var body = SendGridSigningKey.Batch();
        var timestamp = SendGridSigningKey.Timestamp(SendGridSigningKey.Now);

        using var response = await app.GetTestClient().SendAsync(Post(body, other.Sign(timestamp, body), timestamp));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(recorder.Recorded);
    }

    [Fact]
    public async Task Given_a_stale_timestamp_then_401_saying_so()
    {
        using var key = new SendGridSigningKey();
        var recorder = new RecordingRecorder();
        await using var app = await StartAsync(recorder, key);
        var body = SendGridSigningKey.Batch();
        var timestamp = SendGridSigningKey.Timestamp(SendGridSigningKey.Now.AddMinutes(-6));

        using var response = await app.GetTestClient().SendAsync(Post(body, key.Sign(timestamp, body), timestamp));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("StaleTimestamp", (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail);
        Assert.Empty(recorder.Recorded);
    }

    [Fact]
    public async Task Given_no_signature_headers_then_401()
    {
        using var key = new SendGridSigningKey();
        var recorder = new RecordingRecorder();
        await using var app = await StartAsync(recorder, key);

        using var response = await app.GetTestClient().SendAsync(Post(SendGridSigningKey.Batch(), null, null));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Given_a_signed_body_that_is_not_an_event_array_then_400()
    {
        using var key = new SendGridSigningKey();
        var recorder = new RecordingRecorder();
        await using var app = await StartAsync(recorder, key);
        var body = "{\"hello\":\"world\"}"u8.ToArray();
        var timestamp = SendGridSigningKey.Timestamp(SendGridSigningKey.Now);

        using var response = await app.GetTestClient().SendAsync(Post(body, key.Sign(timestamp, body), timestamp));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(400, (await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Status);
    }

    [Fact]
    public async Task Given_no_webhook_key_configured_then_404_and_nothing_recorded()
    {
        var recorder = new RecordingRecorder();
        await using var app = await StartAsync(recorder, key: null);

        using var response = await app.GetTestClient().SendAsync(Post(SendGridSigningKey.Batch(), "x", "1"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(recorder.Recorded);
    }
}
