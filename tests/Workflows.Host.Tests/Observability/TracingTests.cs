using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Workflows.Engine;
using Workflows.Steps;

namespace Workflows.Host.Tests.Observability;

/// <summary>The engine's spans are emitted under the caller's trace when the API drives the engine.</summary>
public sealed class TracingTests(HostFixture host) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Given_an_activity_listener_when_an_event_is_raised_through_the_api_then_it_sees_the_transition_span_in_the_callers_trace()
    {
        var stopped = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == EngineTelemetry.Name,
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
        var span = Assert.Single(stopped, a => a.OperationName == "workflow.transition" && (string?)a.GetTagItem("workflow.instance") == id.Value && a.TraceId == traceId);
        Assert.Equal("DeskRequestSample", span.GetTagItem("workflow.name"));
        Assert.Contains(stopped, a => a.OperationName == "workflow.start" && (string?)a.GetTagItem("workflow.instance") == id.Value);
    }
}
