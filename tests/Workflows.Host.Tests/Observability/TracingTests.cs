using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Workflows.Steps;

namespace Workflows.Host.Tests.Observability;

/// <summary>The engine's spans are emitted under the caller's trace when the API drives the engine.</summary>
public sealed class TracingTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Given_an_activity_listener_when_an_event_is_raised_through_the_api_then_it_sees_the_durable_spans_of_the_instance()
    {
        var stopped = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "DurableTask.Core",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = stopped.Add,
        };
        ActivitySource.AddActivityListener(listener);
        using var client = host.CreateCoordinatorClient();
        var id = await host.StartRequestAsync(client, "partner-" + Guid.NewGuid().ToString("N")[..8]);
        var traceId = ActivityTraceId.CreateRandom();

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/instances/{id.Value}/raiseEvent/PartnerAccepted")
        {
            Content = JsonContent.Create(new { note = "ok" }),
        };
        request.Headers.Add("traceparent", $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await host.DeliverWorkAsync();

        // DurableTask.Core traces the orchestration and its activities; the raise joins the caller's trace.
        Assert.Contains(stopped, a => a.OperationName.Contains("DeskRequestSample", StringComparison.Ordinal) && Equals(a.GetTagItem("durabletask.task.instance_id"), id.Value));
        Assert.Contains(stopped, a => a.TraceId == traceId);
    }
}
