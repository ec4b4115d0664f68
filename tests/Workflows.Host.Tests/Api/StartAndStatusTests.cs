using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Workflows.Steps;
using Workflows.Host.Tests.Sample;

namespace Workflows.Host.Tests.Api;

/// <summary>Start (<c>POST /api/workflows/{name}</c>) and status (<c>GET /api/instances/{id}</c>) in Durable's shape.</summary>
public sealed class StartAndStatusTests(HostFixture host) : IClassFixture<HostFixture>, IDisposable
{
    private readonly HttpClient _api = host.CreateCoordinatorClient();

    public void Dispose() => _api.Dispose();

    private static DeskRequestInput Input(string description = "Brevettare un'idea di filiera corta") =>
        new(description, "partner-leini", "001032", "brevetti", "referente@example.org");

    [Fact]
    public async Task Given_a_coordinator_when_a_workflow_is_started_then_202_with_location_and_the_management_links()
    {
        using var response = await _api.PostAsJsonAsync("/api/workflows/" + DeskRequestSample.WorkflowName, Input());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var payload = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = payload.GetProperty("id").GetString()!;
        Assert.True(InstanceId.TryParse(id, out _));
        var status = payload.GetProperty("statusQueryGetUri").GetString()!;
        Assert.Equal($"http://localhost/api/instances/{id}", status);
        Assert.Equal(new Uri(status), response.Headers.Location);
        Assert.Equal(TimeSpan.FromSeconds(10), response.Headers.RetryAfter?.Delta);
        Assert.Equal(status + "/raiseEvent/{eventName}", payload.GetProperty("sendEventPostUri").GetString());
        Assert.Equal(status + "/terminate?reason={text}", payload.GetProperty("terminatePostUri").GetString());
        Assert.Equal(status, payload.GetProperty("purgeHistoryDeleteUri").GetString());
        Assert.Equal(status + "/suspend?reason={text}", payload.GetProperty("suspendPostUri").GetString());
        Assert.Equal(status + "/resume?reason={text}", payload.GetProperty("resumePostUri").GetString());

        // The status link answers 202 while the instance runs, with where and when to ask again.
        using var poll = await _api.GetAsync(new Uri(status));
        Assert.Equal(HttpStatusCode.Accepted, poll.StatusCode);
        Assert.Equal(new Uri(status), poll.Headers.Location);
        Assert.Equal(TimeSpan.FromSeconds(5), poll.Headers.RetryAfter?.Delta);
        var body = await poll.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(DeskRequestSample.WorkflowName, body.GetProperty("name").GetString());
        Assert.Equal(id, body.GetProperty("instanceId").GetString());
        Assert.Equal("Running", body.GetProperty("runtimeStatus").GetString());
        Assert.Equal("AwaitingPartnerReview", body.GetProperty("customStatus").GetString());
        Assert.Equal("partner-leini", body.GetProperty("tags").GetProperty("partner").GetString());
        Assert.Equal("Brevettare un'idea di filiera corta", body.GetProperty("input").GetProperty("description").GetString());
        Assert.Equal(HostFixture.Start, body.GetProperty("createdTime").GetDateTimeOffset());
        Assert.Equal("reminder", Assert.Single(body.GetProperty("timers").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("historyEvents").ValueKind);
    }

    [Fact]
    public async Task Given_an_idempotency_key_when_the_same_start_is_posted_twice_then_one_instance()
    {
        async Task<string> StartAsync(string key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/workflows/" + DeskRequestSample.WorkflowName) { Content = JsonContent.Create(Input()) };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await _api.SendAsync(request);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        }

        var key = "modulo-" + Guid.NewGuid();
        var first = await StartAsync(key);
        var second = await StartAsync(key);
        var other = await StartAsync(key + "-bis");

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Given_an_unknown_workflow_when_started_then_404_problem()
    {
        using var response = await _api.PostAsJsonAsync("/api/workflows/NoSuchWorkflow", Input());

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_body_that_is_not_json_when_started_then_415_problem()
    {
        using var content = new StringContent("description=x", Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await _api.PostAsync(new Uri("/api/workflows/" + DeskRequestSample.WorkflowName, UriKind.Relative), content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("{\"description\": ", "application/json")]      // malformed JSON
    [InlineData("", "application/json")]                        // no input
    [InlineData("[1, 2]", "application/json")]                  // not the workflow's input shape
    [InlineData("{\"description\": 5}", "application/json")]
    public async Task Given_a_bad_input_when_started_then_400_problem(string body, string contentType)
    {
        using var content = new StringContent(body, Encoding.UTF8, contentType);

        using var response = await _api.PostAsync(new Uri("/api/workflows/" + DeskRequestSample.WorkflowName, UriKind.Relative), content);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Given_an_input_the_workflow_refuses_when_started_then_400_with_the_workflows_reason()
    {
        using var response = await _api.PostAsJsonAsync("/api/workflows/" + DeskRequestSample.WorkflowName, Input(description: " "));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("Descrizione obbligatoria / A description is required.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Given_a_decider_that_throws_when_started_then_500_problem_without_the_exception_text()
    {
        using var response = await _api.PostAsJsonAsync("/api/workflows/" + DeskRequestSample.WorkflowName, Input(description: "boom"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("referente@example.org", problem.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("boom", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_overlong_idempotency_key_when_started_then_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/workflows/" + DeskRequestSample.WorkflowName) { Content = JsonContent.Create(Input()) };
        request.Headers.Add("Idempotency-Key", new string('k', 201));

        using var response = await _api.SendAsync(request);

        await ProblemAssert.IsValidationProblemAsync(response, "Idempotency-Key");
    }

    [Fact]
    public async Task Given_an_ended_instance_when_its_status_is_asked_with_history_then_200_with_the_history_events()
    {
        var id = await host.StartRequestAsync(_api, "partner-leini");
        using var close = await _api.PostAsJsonAsync($"/api/instances/{id.Value}/raiseEvent/Close", new { });
        Assert.Equal(HttpStatusCode.Accepted, close.StatusCode);

        using var response = await _api.GetAsync(new Uri($"/api/instances/{id.Value}?showHistory=true&showInput=false", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Completed", body.GetProperty("runtimeStatus").GetString());
        Assert.Equal("closed", body.GetProperty("output").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("input").ValueKind);
        var events = body.GetProperty("historyEvents").EnumerateArray().ToList();
        Assert.Equal(["Started", "EventRaised", "Completed"], events.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal("Close", events[1].GetProperty("name").GetString());
        Assert.Equal("Closed", events[1].GetProperty("customStatus").GetString());
        Assert.Equal(3, body.GetProperty("historyLength").GetInt64());
    }

    [Fact]
    public async Task Given_an_id_nobody_started_when_its_status_is_asked_then_404_problem()
    {
        using var response = await _api.GetAsync(new Uri($"/api/instances/{InstanceId.New().Value}", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("not-an-id")]
    [InlineData("ABCDEFGHJKMNPQRSTVWXYZ0123")] // upper case
    [InlineData("0123456789abcdefghjkmnpqrs%20")]
    [InlineData("a%20b")]
    public async Task Given_a_malformed_id_when_its_status_is_asked_then_400_not_500(string id)
    {
        using var response = await _api.GetAsync(new Uri($"/api/instances/{id}", UriKind.Relative));

        await ProblemAssert.IsValidationProblemAsync(response, "id");
    }

    [Fact]
    public async Task Given_a_flag_that_is_not_a_boolean_when_the_status_is_asked_then_400_problem()
    {
        var id = await host.StartRequestAsync(_api, "partner-leini");

        using var response = await _api.GetAsync(new Uri($"/api/instances/{id.Value}?showHistory=maybe", UriKind.Relative));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }
}
