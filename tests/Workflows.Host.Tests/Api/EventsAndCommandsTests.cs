using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Steps;

namespace Workflows.Host.Tests.Api;

/// <summary>Raise event, suspend, resume, terminate: 202, 400, 404, 409, 410, 413 as documented.</summary>
public sealed class EventsAndCommandsTests(HostFixture host) : IClassFixture<HostFixture>, IDisposable
{
    private readonly HttpClient _api = host.CreateCoordinatorClient();

    public void Dispose() => _api.Dispose();

    private Task<InstanceId> StartAsync() => host.StartRequestAsync(_api, "partner-" + Guid.NewGuid().ToString("N")[..8]);

    private Task<HttpResponseMessage> PostAsync(string path, object? body = null) =>
        _api.PostAsync(new Uri(path, UriKind.Relative), body is null ? null : JsonContent.Create(body));

    [Fact]
    public async Task Given_a_running_request_when_the_partner_accepts_through_the_api_then_202_and_the_step_moves()
    {
        var id = await StartAsync();

        using var response = await PostAsync($"/api/instances/{id.Value}/raiseEvent/PartnerAccepted", new { slot = "2026-03-10T10:00:00+01:00" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(new Uri($"http://localhost/api/instances/{id.Value}"), response.Headers.Location);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Scheduling", body.GetProperty("customStatus").GetString());
        Assert.Equal("Running", body.GetProperty("runtimeStatus").GetString());
        var status = await host.Queries.GetInstanceAsync(id, true);
        Assert.Equal("Scheduling", status!.CustomStatus);
        Assert.Empty(status.Timers);
        Assert.Contains(status.History!, h => h.Kind == "EventRaised" && h.Name == "PartnerAccepted" && h.Payload!.Value.GetProperty("slot").GetString() == "2026-03-10T10:00:00+01:00");
    }

    [Fact]
    public async Task Given_the_same_idempotency_key_twice_when_an_event_is_raised_then_it_is_decided_once_and_both_calls_get_its_outcome()
    {
        var id = await StartAsync();

        async Task<HttpResponseMessage> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/instances/{id.Value}/raiseEvent/Notify", UriKind.Relative));
            request.Headers.Add("Idempotency-Key", "retry-after-timeout-1");
            return await _api.SendAsync(request);
        }

        using var first = await SendAsync();
        using var second = await SendAsync();

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal("retry-after-timeout-1", Assert.Single(second.Headers.GetValues("Idempotency-Key")));
        Assert.Equal(2, (await host.Queries.GetEmailsAsync(id)).Count); // the start's e-mail and one Notify, not two
        Assert.Single((await host.Queries.GetInstanceAsync(id, true))!.History!, h => h.Kind == "EventRaised" && h.Name == "Notify");
    }

    [Fact]
    public async Task Given_an_event_without_an_idempotency_key_when_raised_then_the_answer_carries_one_for_the_clients_retries()
    {
        var id = await StartAsync();

        using var response = await PostAsync($"/api/instances/{id.Value}/raiseEvent/Notify");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Matches("^[0-9a-f]{32}$", Assert.Single(response.Headers.GetValues("Idempotency-Key")));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    public async Task Given_a_malformed_idempotency_key_when_an_event_is_raised_then_400_and_nothing_is_decided(string key)
    {
        var id = await StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/instances/{id.Value}/raiseEvent/Notify", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);

        using var response = await _api.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Single(await host.Queries.GetEmailsAsync(id));
    }

    [Fact]
    public async Task Given_an_event_without_a_body_when_raised_then_it_is_decided_without_payload()
    {
        var id = await StartAsync();

        using var response = await PostAsync($"/api/instances/{id.Value}/raiseEvent/Notify");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, (await host.Queries.GetEmailsAsync(id)).Count);
    }

    [Theory]
    [InlineData("{\"slot\": ", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("slot=1", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    public async Task Given_a_body_that_is_not_json_when_an_event_is_raised_then_4xx_and_nothing_changes(string body, string contentType, HttpStatusCode expected)
    {
        var id = await StartAsync();
        using var content = new StringContent(body, Encoding.UTF8, contentType);

        using var response = await _api.PostAsync(new Uri($"/api/instances/{id.Value}/raiseEvent/PartnerAccepted", UriKind.Relative), content);

        await ProblemAssert.IsProblemAsync(response, expected);
        Assert.Equal("AwaitingPartnerReview", (await host.Queries.GetInstanceAsync(id, false))!.CustomStatus);
    }

    [Fact]
    public async Task Given_a_body_over_the_limit_when_an_event_is_raised_then_413()
    {
        var id = await StartAsync();

        using var response = await PostAsync($"/api/instances/{id.Value}/raiseEvent/PartnerAccepted", new { note = new string('x', 300 * 1024) });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("bad%20name")]
    [InlineData("1starts-with-digit")]
    [InlineData("semi;colon")]
    public async Task Given_a_malformed_event_name_when_raised_then_400(string name)
    {
        var id = await StartAsync();

        using var response = await PostAsync($"/api/instances/{id.Value}/raiseEvent/{name}", new { });

        await ProblemAssert.IsValidationProblemAsync(response, "eventName");
    }

    [Fact]
    public async Task Given_an_unknown_instance_when_an_event_is_raised_then_404()
    {
        using var response = await PostAsync($"/api/instances/{InstanceId.New().Value}/raiseEvent/PartnerAccepted", new { });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_event_the_workflow_refuses_now_when_raised_then_409_with_the_workflows_reason()
    {
        var id = await StartAsync();

        using var response = await PostAsync($"/api/instances/{id.Value}/raiseEvent/SlotConfirmed", new { });

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("SlotConfirmed non è ammesso ora / is not allowed now.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Given_an_ended_instance_when_an_event_is_raised_then_410()
    {
        var id = await StartAsync();
        (await PostAsync($"/api/instances/{id.Value}/raiseEvent/Close", new { })).Dispose();

        using var response = await PostAsync($"/api/instances/{id.Value}/raiseEvent/PartnerAccepted", new { });

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Gone);
    }

    [Fact]
    public async Task Given_a_running_instance_when_suspended_resumed_and_terminated_then_each_answers_as_documented()
    {
        var id = await StartAsync();

        using (var suspend = await PostAsync($"/api/instances/{id.Value}/suspend?reason=verifica%20in%20corso"))
        {
            Assert.Equal(HttpStatusCode.Accepted, suspend.StatusCode);
            Assert.Equal("Suspended", (await suspend.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runtimeStatus").GetString());
        }

        using (var eventWhileSuspended = await PostAsync($"/api/instances/{id.Value}/raiseEvent/PartnerAccepted", new { }))
        {
            await ProblemAssert.IsProblemAsync(eventWhileSuspended, HttpStatusCode.Conflict);
        }

        using (var suspendAgain = await PostAsync($"/api/instances/{id.Value}/suspend"))
        {
            await ProblemAssert.IsProblemAsync(suspendAgain, HttpStatusCode.Conflict);
        }

        using (var resume = await PostAsync($"/api/instances/{id.Value}/resume"))
        {
            Assert.Equal(HttpStatusCode.Accepted, resume.StatusCode);
            Assert.Equal("Running", (await resume.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runtimeStatus").GetString());
        }

        using (var terminate = await PostAsync($"/api/instances/{id.Value}/terminate?reason=richiesta%20duplicata"))
        {
            Assert.Equal(HttpStatusCode.Accepted, terminate.StatusCode);
            Assert.Equal("Terminated", (await terminate.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runtimeStatus").GetString());
        }

        foreach (var command in new[] { "terminate", "suspend", "resume" })
        {
            using var again = await PostAsync($"/api/instances/{id.Value}/{command}");
            await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Gone);
        }

        var history = (await host.Queries.GetInstanceAsync(id, true))!.History!;
        Assert.Equal("richiesta duplicata", history.Single(h => h.Kind == "Terminated").Payload!.Value.GetProperty("reason").GetString());
        Assert.Equal("verifica in corso", history.Single(h => h.Kind == "Suspended").Payload!.Value.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("suspend")]
    [InlineData("resume")]
    [InlineData("terminate")]
    public async Task Given_an_unknown_instance_when_a_command_is_sent_then_404(string command)
    {
        using var response = await PostAsync($"/api/instances/{InstanceId.New().Value}/{command}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_an_overlong_reason_when_terminating_then_400_and_the_instance_runs_on()
    {
        var id = await StartAsync();

        using var response = await PostAsync($"/api/instances/{id.Value}/terminate?reason={new string('r', 1001)}");

        await ProblemAssert.IsValidationProblemAsync(response, "reason");
        Assert.Equal(RuntimeStatus.Running, (await host.Queries.GetInstanceAsync(id, false))!.RuntimeStatus);
    }

    [Fact]
    public async Task Given_a_malformed_id_when_a_command_is_sent_then_400()
    {
        using var response = await PostAsync("/api/instances/not-an-id/terminate");

        await ProblemAssert.IsValidationProblemAsync(response, "id");
    }
}
