using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Desk.Events;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Host.Api;
using Workflows.Host.Tests.Observability;
using Microsoft.Extensions.Logging;

namespace Workflows.Host.Tests.Api;

/// <summary>
/// Bad input never answers 5xx: every endpoint of the management API gets <c>null</c>, arrays, wrong types,
/// missing and null fields, long strings, deep nesting, invalid UTF-8/UTF-16 and unknown query parameters, and
/// answers 4xx with a ProblemDetails each time; a rejected start creates nothing.
/// </summary>
public sealed class BadInputTests(BadInputTests.Host fixture) : IClassFixture<BadInputTests.Host>, IDisposable
{
    private readonly HostFixture host = fixture.Server;
    private readonly HttpClient _api = fixture.Server.CreateCoordinatorClient();
    private readonly List<string> _failures = [];

    public void Dispose() => _api.Dispose();

    /// <summary>Bodies that are not a workflow input at all.</summary>
    public static IEnumerable<string> HostileBodies()
    {
        yield return "null";
        yield return "[]";
        yield return "[{}]";
        yield return "1";
        yield return "\"testo\"";
        yield return "true";
        yield return "{}";
        yield return "{\"requestCode\":";
        yield return new string('[', 10_000) + new string(']', 10_000);
        yield return "{\"a\":" + string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_001);
        yield return "{\"requestCode\":\"\\ud800\"}";
        yield return "{\"requestCode\":\"" + new string('x', 300 * 1024) + "\"}";
    }

    [Fact]
    public async Task Given_hostile_start_bodies_when_posted_to_every_workflow_then_4xx_problems_and_nothing_created()
    {
        string[] workflows = [DeskRequestWorkflow.WorkflowName, EventRegistrationWorkflow.WorkflowName, "QuarterlyReport"];
        var before = await CountAllAsync(workflows);
        foreach (var workflow in workflows)
        {
            foreach (var body in HostileBodies())
            {
                await ExpectProblemAsync(HttpMethod.Post, "/api/workflows/" + workflow, Json(body));
            }

            await ExpectProblemAsync(HttpMethod.Post, "/api/workflows/" + workflow, InvalidUtf8());
        }

        AssertNoFailures();
        Assert.Equal(before, await CountAllAsync(workflows));
    }

    [Fact]
    public async Task Given_a_valid_desk_request_with_one_member_missing_null_or_of_the_wrong_type_when_started_then_never_5xx()
    {
        var valid = DeskRequestJson();
        var started = await MutateAndStartAsync(DeskRequestWorkflow.WorkflowName, valid);

        AssertNoFailures();
        Assert.Equal(started, await CountAsync(DeskRequestWorkflow.WorkflowName));
    }

    [Fact]
    public async Task Given_a_valid_event_registration_with_one_member_missing_null_or_of_the_wrong_type_when_started_then_never_5xx()
    {
        var valid = JsonSerializer.SerializeToNode(
            new EventRegistrationInput(
                "EV-2026-0001", "corso-brevetti", "Corso sui brevetti", HostFixture.Start.AddDays(10), HostFixture.Start.AddDays(10).AddHours(2),
                "Municipio di Burolo", null, "Novain", "eventi@novain.example", "Giulia Bianchi", "giulia.bianchi@example.org"),
            WorkflowJson.Options)!.AsObject();
        var started = await MutateAndStartAsync(EventRegistrationWorkflow.WorkflowName, valid);

        AssertNoFailures();
        Assert.Equal(started, await CountAsync(EventRegistrationWorkflow.WorkflowName));
    }

    [Fact]
    public async Task Given_an_instance_when_events_and_commands_get_hostile_input_then_4xx_problems()
    {
        var id = (await host.StartRequestAsync(_api, "partner-fuzz")).Value;
        foreach (var body in HostileBodies().Where(b => b != "null" && b != "{}" && b != "[]" && b != "1" && b != "true" && b != "\"testo\"" && b != "[{}]"))
        {
            await ExpectProblemAsync(HttpMethod.Post, $"/api/instances/{id}/raiseEvent/Notify", Json(body));
        }

        await ExpectProblemAsync(HttpMethod.Post, $"/api/instances/{id}/raiseEvent/Notify", InvalidUtf8());
        await ExpectProblemAsync(HttpMethod.Post, $"/api/instances/{id}/raiseEvent/" + new string('e', 300), Json("{}"));
        await ExpectProblemAsync(HttpMethod.Post, $"/api/instances/{id}/raiseEvent/%ED%A0%80", Json("{}"));
        foreach (var command in new[] { "suspend", "resume", "terminate" })
        {
            await ExpectProblemAsync(HttpMethod.Post, $"/api/instances/{id}/{command}?reason=" + new string('r', 300 * 1024), null);
            await ExpectProblemAsync(HttpMethod.Post, $"/api/instances/{id}/{command}?unknown=1", null);
            await ExpectProblemAsync(HttpMethod.Post, $"/api/instances/not-an-id/{command}", null);
        }

        await ExpectProblemAsync(HttpMethod.Get, $"/api/instances/{id}?showHistory=perhaps", null);
        await ExpectProblemAsync(HttpMethod.Get, $"/api/instances/{id}?showInput[]=1", null);
        await ExpectProblemAsync(HttpMethod.Get, $"/api/instances/{id}?unknown=1", null);
        await ExpectProblemAsync(HttpMethod.Get, "/api/instances/%ED%A0%80", null);
        await ExpectProblemAsync(HttpMethod.Post, $"/api/instances/{id}/erase?unknown=1", null);
        await ExpectProblemAsync(HttpMethod.Delete, $"/api/instances/{id}?unknown=1", null);
        await ExpectProblemAsync(HttpMethod.Post, "/api/instances/poison/%ED%A0%80/retry", null);
        await ExpectProblemAsync(HttpMethod.Post, "/api/instances/poison/retry?unknown=1", null);
        await ExpectProblemAsync(HttpMethod.Get, "/api/instances/poison?unknown=1", null);

        AssertNoFailures();
    }

    [Fact]
    public async Task Given_queries_with_bad_or_unknown_parameters_when_listing_or_purging_then_400_naming_them()
    {
        string[] queries =
        [
            "unknown=1", "top=abc", "top=-1", "top=99999999999999999999", "runtimeStatus=Dancing", "createdTimeFrom=ieri",
            "createdTimeFrom=2026-01-01&createdTimeTo=2025-01-01", "name=" + new string('n', 300 * 1024),
            "runtimeStatus=Running&runtimeStatus=Completed&unknown[]=x", "top=1&TOP=2&Top=3&x=",
        ];
        foreach (var query in queries)
        {
            await ExpectProblemAsync(HttpMethod.Get, "/api/instances?" + query, null);
            await ExpectProblemAsync(HttpMethod.Delete, "/api/instances?" + query, null);
        }

        // Invalid UTF-8 in a value decodes to U+FFFD: a filter that matches nothing, never a failure.
        using (var replaced = await _api.GetAsync(new Uri("/api/instances?partner=%ED%A0%80", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        }

        using var continuation = new HttpRequestMessage(HttpMethod.Get, "/api/instances");
        continuation.Headers.TryAddWithoutValidation(InstancesApi.ContinuationHeader, new string('%', 5000));
        await ExpectProblemAsync(continuation);

        using var unknown = await _api.GetAsync(new Uri("/api/instances?unknown=1", UriKind.Relative));
        var problem = await ProblemAssert.IsValidationProblemAsync(unknown, "unknown");
        Assert.Contains("unknown", problem.ToString(), StringComparison.Ordinal);

        AssertNoFailures();
    }

    [Fact]
    public async Task Given_hostile_token_requests_when_posted_listed_or_revoked_then_4xx_problems_and_no_token()
    {
        foreach (var body in HostileBodies().Concat(["{\"name\":123}", "{\"name\":[\"a\"]}", "{\"name\":null}", "{\"name\":\"\\ud800\"}", "{\"name\":{\"a\":1}}"]))
        {
            await ExpectProblemAsync(HttpMethod.Post, "/api/tokens", Json(body));
        }

        await ExpectProblemAsync(HttpMethod.Post, "/api/tokens", InvalidUtf8());
        await ExpectProblemAsync(HttpMethod.Post, "/api/tokens", new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded"));
        await ExpectProblemAsync(HttpMethod.Get, "/api/tokens?unknown=1", null);
        await ExpectProblemAsync(HttpMethod.Delete, "/api/tokens/%ED%A0%80", null);
        await ExpectProblemAsync(HttpMethod.Delete, "/api/tokens/" + new string('z', 5000), null);

        AssertNoFailures();
        using var list = await _api.GetAsync(new Uri("/api/tokens", UriKind.Relative));
        Assert.Equal("[]", await list.Content.ReadAsStringAsync());
    }

    private JsonObject DeskRequestJson()
    {
        var directory = host.Services.GetRequiredService<NetworkDirectory>();
        var applicant = new Applicant(ApplicantKind.Citizen, "Giuseppina Ferrando", "giuseppina.ferrando@example.org", "+39 0125 222333");
        var intake = new DeskIntake("burolo", "001042", applicant, Category.InnovationPatent, "Vorrei brevettare un attrezzo per la potatura delle viti.",
            ContactMode.AtDesk, new PrivacyConsent("2026-01", HostFixture.Start));
        return JsonSerializer.SerializeToNode(directory.PrepareRequest(intake, "TO-2026-0001"), WorkflowJson.Options)!.AsObject();
    }

    /// <summary>
    /// Starts the valid input once, then every variant with one member (top level, or one level down) removed,
    /// null, a number, a string, an array, an object or a long string. Returns how many were accepted.
    /// </summary>
    private async Task<int> MutateAndStartAsync(string workflow, JsonObject valid)
    {
        var accepted = 0;
        var variants = new List<(string What, JsonNode Body)>();
        foreach (var path in Paths(valid))
        {
            foreach (var (label, replacement) in Replacements())
            {
                var copy = valid.DeepClone().AsObject();
                var (parent, name) = Locate(copy, path);
                if (replacement is null)
                {
                    parent.Remove(name);
                }
                else
                {
                    parent[name] = replacement();
                }

                variants.Add(($"{string.Join('.', path)} {label}", copy));
            }
        }

        foreach (var (what, variant) in variants)
        {
            using var response = await SendAsync(HttpMethod.Post, "/api/workflows/" + workflow, Json(variant.ToJsonString()));
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                accepted++;
            }
            else
            {
                await CheckProblemAsync(response, $"POST {workflow} with {what}");
            }
        }

        Assert.True(variants.Count > 40, "the variants are generated");
        return accepted;
    }

    private static IEnumerable<string[]> Paths(JsonObject root)
    {
        foreach (var (name, value) in root)
        {
            yield return [name];
            if (value is JsonObject child)
            {
                foreach (var (inner, _) in child)
                {
                    yield return [name, inner];
                }
            }
            else if (value is JsonArray { Count: > 0 } array && array[0] is JsonObject first)
            {
                foreach (var (inner, _) in first)
                {
                    yield return [name, "0", inner];
                }
            }
        }
    }

    private static (JsonObject Parent, string Name) Locate(JsonObject root, string[] path)
    {
        JsonNode node = root;
        for (var i = 0; i < path.Length - 1; i++)
        {
            node = node is JsonArray array ? array[int.Parse(path[i], System.Globalization.CultureInfo.InvariantCulture)]! : node[path[i]]!;
        }

        return (node.AsObject(), path[^1]);
    }

    private static IEnumerable<(string Label, Func<JsonNode?>? Replace)> Replacements()
    {
        yield return ("removed", null);
        yield return ("null", () => null);
        yield return ("a number", () => JsonValue.Create(12345));
        yield return ("a string", () => JsonValue.Create("testo"));
        yield return ("empty", () => JsonValue.Create(""));
        yield return ("an array", () => new JsonArray(1, 2));
        yield return ("an object", () => new JsonObject { ["x"] = 1 });
        yield return ("100 KB", () => JsonValue.Create(new string('x', 100 * 1024)));
    }

    private async Task ExpectProblemAsync(HttpMethod method, string url, HttpContent? content)
    {
        using var response = await SendAsync(method, url, content);
        await CheckProblemAsync(response, $"{method} {Shorten(url)}");
    }

    private async Task ExpectProblemAsync(HttpRequestMessage request)
    {
        using var response = await _api.SendAsync(request);
        await CheckProblemAsync(response, $"{request.Method} {request.RequestUri} with a bad header");
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        return await _api.SendAsync(request);
    }

    private async Task CheckProblemAsync(HttpResponseMessage response, string what)
    {
        var status = (int)response.StatusCode;
        var type = response.Content.Headers.ContentType?.MediaType;
        if (status is < 400 or >= 500 || type != "application/problem+json")
        {
            _failures.Add($"{what}: {status} {type} {Shorten(await response.Content.ReadAsStringAsync())}");
        }
    }

    private async Task<int> CountAllAsync(string[] workflows)
    {
        var count = 0;
        foreach (var workflow in workflows)
        {
            count += await CountAsync(workflow);
        }

        return count;
    }

    private async Task<int> CountAsync(string workflow)
    {
        using var response = await _api.GetAsync(new Uri("/api/instances?top=1000&name=" + workflow, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetArrayLength();
    }

    private void AssertNoFailures() =>
        Assert.True(_failures.Count == 0, string.Join(Environment.NewLine, _failures) + Environment.NewLine + fixture.Logs.Exceptions());

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static ByteArrayContent InvalidUtf8()
    {
        var content = new ByteArrayContent([(byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':', (byte)'"', 0xED, 0xA0, 0x80, 0xFF, (byte)'"', (byte)'}']);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + $"… ({text.Length} chars)";

    /// <summary>One host for the class, with a rate limit the fuzzing does not reach.</summary>
    public sealed class Host : IAsyncLifetime
    {
        public Host() => Server = HostFixture.With(settings => settings["Api:RateLimit:PermitLimit"] = "100000", services => services.AddSingleton<ILoggerProvider>(Logs));

        public CapturedLogs Logs { get; } = new();

        public HostFixture Server { get; }

        public Task InitializeAsync() => Server.InitializeAsync();

        public Task DisposeAsync() => Server.DisposeAsync().AsTask();
    }
}
