using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Workflows.Desk.Model;
using Workflows.Host.Authorization;
using Workflows.Host.Extensions;
using Workflows.Host.Observability;
using Workflows.Host.Runtime;
using Workflows.Orchestration.Views;
using Workflows.Steps;

namespace Workflows.Host.Api;

/// <summary>
/// The management API in the shape of Durable Functions' HTTP API: query, status, raise event, suspend, resume,
/// terminate, purge, start; plus the poison list. Coordinators only (cookie or API token), rate limited per
/// caller, ProblemDetails for every error.
/// </summary>
public static partial class InstancesApi
{
    /// <summary>The continuation header, response and request (as in Durable).</summary>
    public const string ContinuationHeader = "x-ms-continuation-token";

    /// <summary>The idempotency header of a start.</summary>
    public const string IdempotencyHeader = "Idempotency-Key";

    private const int MaxReason = 1000;
    private const string DeskTag = "desk";
    private const string LoggerName = "Workflows.Host.Api.InstancesApi";

    /// <summary>Maps <c>/api/instances</c> and <c>/api/workflows</c>.</summary>
    public static IEndpointRouteBuilder MapInstancesApi(this IEndpointRouteBuilder app)
    {
        var instances = app.MapGroup("/api/instances")
            .WithTags("Instances")
            .RequireAuthorization(AuthPolicies.Coordinator)
            .AddEndpointFilter<InstanceScopeFilter>()
            .RequireRateLimiting(ManagementApiExtensions.RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        instances.MapGet(string.Empty, QueryAsync)
            .WithName("QueryInstances")
            .WithSummary("Lists instances, newest first, filtered; next page token in x-ms-continuation-token.");
        instances.MapDelete(string.Empty, PurgeManyAsync)
            .WithName("PurgeInstances")
            .WithSummary("Purges the ended instances matching the filters (at least one filter).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        instances.MapGet("/poison", ListPoisonAsync)
            .WithName("ListPoisonMessages")
            .WithSummary("Lists the e-mails the provider refused for good, with the reason.");
        instances.MapPost("/poison/retry", RetryAllPoisonAsync)
            .WithName("RetryAllPoisonMessages")
            .WithSummary("Sends every refused e-mail again (after fixing the cause); answers how many.");
        instances.MapPost("/poison/{messageId}/retry", RetryPoisonAsync)
            .WithName("RetryPoisonMessage")
            .WithSummary("Sends one refused e-mail again.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        instances.MapGet("/stalled", ListStalledAsync)
            .WithName("ListStalledInstances")
            .WithSummary("Requests whose turn keeps failing (bloccate): cause, since when, attempts; retried with back-off.");
        instances.MapPost("/{id}/retry", RetryStalledAsync)
            .WithName("RetryStalledInstance")
            .WithSummary("Tries a stalled request's turn again now (riprova).")
            .ProducesCommandProblems();
        instances.MapGet("/{id}", GetAsync)
            .WithName("GetInstance")
            .WithSummary("The status of one instance: 202 while running, 200 once ended.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        instances.MapPost("/{id}/raiseEvent/{eventName}", RaiseEventAsync)
            .WithName("RaiseEvent")
            .WithSummary("Raises an external event (JSON body) and decides it now.")
            .Accepts<JsonElement>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        instances.MapPost("/{id}/suspend", SuspendAsync)
            .WithName("SuspendInstance")
            .WithSummary("Suspends a running instance: events are refused, timers wait.")
            .ProducesCommandProblems();
        instances.MapPost("/{id}/resume", ResumeAsync)
            .WithName("ResumeInstance")
            .WithSummary("Resumes a suspended instance and delivers the timers that came due.")
            .ProducesCommandProblems();
        instances.MapPost("/{id}/terminate", TerminateAsync)
            .WithName("TerminateInstance")
            .WithSummary("Terminates an instance that has not ended; its timers are cancelled.")
            .ProducesCommandProblems();
        instances.MapPost("/{id}/erase", EraseAsync)
            .WithName("EraseInstance")
            .WithSummary("Erases the personal data of an ended instance (input, state, output, history, e-mails); status, step, tags and dates stay for the figures.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        instances.MapDelete("/{id}", PurgeAsync)
            .WithName("PurgeInstance")
            .WithSummary("Deletes an ended instance with its history.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        var workflows = app.MapGroup("/api/workflows")
            .WithTags("Workflows")
            .RequireAuthorization(AuthPolicies.Coordinator)
            .RequireRateLimiting(ManagementApiExtensions.RateLimitPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        workflows.MapPost("/{name}", StartAsync)
            .WithName("StartWorkflow")
            .WithSummary("Starts an instance (JSON input, optional Idempotency-Key); answers with the management links.")
            .Accepts<JsonElement>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    // ---- Query and status -------------------------------------------------------------------------------

    /// <summary>GET /api/instances.</summary>
    public static async Task<Results<Ok<IReadOnlyList<InstanceStatus>>, ValidationProblem>> QueryAsync(
        [AsParameters] InstanceFilter filter,
        HttpResponse response,
        HttpContext http,
        IWorkflowQueries queries,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = InstanceFilterParser.Parse(filter, errors, out var continuation);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var page = await queries.QueryAsync(query, continuation, cancellationToken);
        if (page.ContinuationToken is { } next)
        {
            response.Headers[ContinuationHeader] = InstanceFilterParser.EncodeContinuation(next);
        }

        // Another network's instances are not there for this caller (a page may then hold fewer than asked).
        var scope = NetworkScope.Of(http.User);
        IReadOnlyList<InstanceStatus> items = [.. page.Items.Where(m => scope.Allows(m.Tags)).Select(m => InstanceStatus.From(m, showInput: false, detailed: false))];
        return TypedResults.Ok(items);
    }

    /// <summary>GET /api/instances/{id}.</summary>
    public static async Task<Results<Ok<InstanceStatus>, Accepted<InstanceStatus>, ValidationProblem, ProblemHttpResult>> GetAsync(
        string id,
        bool? showHistory,
        bool? showInput,
        HttpContext http,
        IWorkflowQueries queries,
        CancellationToken cancellationToken)
    {
        if (!InstanceId.TryParse(id, out var instanceId))
        {
            return ApiProblems.BadInstanceId();
        }

        var metadata = await queries.GetInstanceAsync(instanceId, showHistory ?? false, cancellationToken);
        if (metadata is null)
        {
            return ApiProblems.InstanceNotFound();
        }

        var status = InstanceStatus.From(metadata, showInput ?? true, detailed: true);
        if (metadata.IsTerminal)
        {
            return TypedResults.Ok(status);
        }

        status = status with { Stalled = await queries.GetStallAsync(instanceId, cancellationToken) };

        // As Durable: 202 while it can still change, with where and when to ask again.
        http.Response.Headers.RetryAfter = "5";
        return TypedResults.Accepted(ManagementPayload.For(BaseUri(http.Request), instanceId.Value).StatusQueryGetUri, status);
    }

    // ---- Events and commands ----------------------------------------------------------------------------

    /// <summary>POST /api/instances/{id}/raiseEvent/{eventName}.</summary>
    public static async Task<Results<Accepted<CommandAccepted>, ValidationProblem, ProblemHttpResult>> RaiseEventAsync(
        string id,
        string eventName,
        HttpContext http,
        IWorkflowCommands commands,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (!InstanceId.TryParse(id, out var instanceId))
        {
            return ApiProblems.BadInstanceId();
        }

        if (!EventName().IsMatch(eventName))
        {
            return ApiProblems.Invalid("eventName", "Nome evento: lettere, cifre, '-', '_', '.', ':' (massimo 100) / Event name: letters, digits, '-', '_', '.', ':' (at most 100).");
        }

        var body = await JsonBody.ReadAsync(http.Request, cancellationToken);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        // Every event has an id: the client's Idempotency-Key, or one made here and returned for the client's retries.
        // The same key for the same instance and event is decided once; a second call gets the first one's outcome.
        var key = http.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length > 0 && !MessageId().IsMatch(key))
        {
            return ApiProblems.Invalid("Idempotency-Key", "Idempotency-Key: lettere, cifre, '-', '_' (massimo 100) / letters, digits, '-', '_' (at most 100).");
        }

        key = key.Length > 0 ? key : Guid.NewGuid().ToString("N");
        http.Response.Headers["Idempotency-Key"] = key;
        var signalId = "api-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(instanceId.Value + "|" + eventName + "|" + key)))[..32];
        var result = await commands.RaiseEventAsync(instanceId, eventName, body.Value, new RaiseEventOptions { SignalId = signalId }, cancellationToken);
        loggers.CreateLogger(LoggerName).InstanceCommand("raiseEvent", instanceId.Value, result.Outcome.ToString());
        return Answer(http.Request, instanceId, result);
    }

    /// <summary>POST /api/instances/{id}/suspend?reason=.</summary>
    public static Task<Results<Accepted<CommandAccepted>, ValidationProblem, ProblemHttpResult>> SuspendAsync(
        string id, string? reason, HttpContext http, IWorkflowCommands commands, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        CommandAsync("suspend", id, reason, http, loggers, (i, r) => commands.SuspendAsync(i, r, cancellationToken));

    /// <summary>POST /api/instances/{id}/resume?reason=.</summary>
    public static Task<Results<Accepted<CommandAccepted>, ValidationProblem, ProblemHttpResult>> ResumeAsync(
        string id, string? reason, HttpContext http, IWorkflowCommands commands, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        CommandAsync("resume", id, reason, http, loggers, (i, r) => commands.ResumeAsync(i, r, cancellationToken));

    /// <summary>POST /api/instances/{id}/terminate?reason=.</summary>
    public static Task<Results<Accepted<CommandAccepted>, ValidationProblem, ProblemHttpResult>> TerminateAsync(
        string id, string? reason, HttpContext http, IWorkflowCommands commands, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        CommandAsync("terminate", id, reason, http, loggers, (i, r) => commands.TerminateAsync(i, r, cancellationToken));

    // ---- Purge --------------------------------------------------------------------------------------------

    /// <summary>DELETE /api/instances/{id}.</summary>
    public static async Task<Results<Ok<PurgeResponse>, ValidationProblem, ProblemHttpResult>> PurgeAsync(
        string id,
        IWorkflowCommands commands,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (!InstanceId.TryParse(id, out var instanceId))
        {
            return ApiProblems.BadInstanceId();
        }

        var result = await commands.PurgeAsync(instanceId, cancellationToken);
        loggers.CreateLogger(LoggerName).InstanceCommand("purge", instanceId.Value, result.ToString());
        return result switch
        {
            PurgeResult.Purged => TypedResults.Ok(new PurgeResponse(1)),
            PurgeResult.NotEnded => ApiProblems.NotEnded(),
            _ => ApiProblems.InstanceNotFound(),
        };
    }

    /// <summary>POST /api/instances/{id}/erase: a data subject's request, or an erasure the retention run has not reached yet.</summary>
    public static async Task<Results<Ok<InstanceStatus>, ValidationProblem, ProblemHttpResult>> EraseAsync(
        string id,
        IWorkflowCommands commands,
        IWorkflowQueries queries,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (!InstanceId.TryParse(id, out var instanceId))
        {
            return ApiProblems.BadInstanceId();
        }

        var result = await commands.EraseAsync(instanceId, cancellationToken);
        loggers.CreateLogger(LoggerName).InstanceCommand("erase", instanceId.Value, result.ToString());
        if (result is EraseResult.NotEnded)
        {
            return ApiProblems.NotEnded();
        }

        var erased = result is EraseResult.NotFound ? null : await queries.GetInstanceAsync(instanceId, includeTimeline: false, cancellationToken);
        return erased is null
            ? ApiProblems.InstanceNotFound()
            : TypedResults.Ok(InstanceStatus.From(erased, showInput: false, detailed: false));
    }

    /// <summary>DELETE /api/instances?filters.</summary>
    public static async Task<Results<Ok<PurgeResponse>, ValidationProblem, ProblemHttpResult>> PurgeManyAsync(
        [AsParameters] InstanceFilter filter,
        HttpContext http,
        IWorkflowCommands commands,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var query = InstanceFilterParser.Parse(filter, errors, out _);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (query is { RuntimeStatus: null, CustomStatus: null, WorkflowName: null, CreatedFrom: null, CreatedTo: null, Tags: null })
        {
            // A purge without filters would delete every ended instance: make the caller say so.
            return ApiProblems.Invalid("filter", "Indicare almeno un filtro / Give at least one filter (e.g. createdTimeTo).");
        }

        if (query.RuntimeStatus?.Any(s => s is RuntimeStatus.Pending or RuntimeStatus.Running or RuntimeStatus.Suspended) == true)
        {
            return ApiProblems.Invalid("runtimeStatus", "Si eliminano solo istanze terminate / Only Completed, Failed or Terminated instances can be purged.");
        }

        var deleted = 0;
        foreach (var tags in NetworkScope.Of(http.User).TagFilters(query.Tags))
        {
            deleted += await commands.PurgeAsync(query with { Tags = tags }, cancellationToken);
        }

        loggers.CreateLogger(LoggerName).InstancesPurged(deleted);
        return deleted == 0
            ? ApiProblems.NotFound("Nessuna istanza terminata corrisponde ai filtri / No ended instance matches the filters.")
            : TypedResults.Ok(new PurgeResponse(deleted));
    }

    // ---- Stalled -------------------------------------------------------------------------------------------

    /// <summary>GET /api/instances/stalled.</summary>
    public static async Task<Ok<IReadOnlyList<StallRecord>>> ListStalledAsync(HttpContext http, IWorkflowQueries queries, CancellationToken cancellationToken)
    {
        var scope = NetworkScope.Of(http.User);
        IReadOnlyList<StallRecord> stalled = [.. (await queries.GetStalledAsync(cancellationToken)).Where(s => scope.Allows(s.Tags))];
        return TypedResults.Ok(stalled);
    }

    /// <summary>POST /api/instances/{id}/retry.</summary>
    public static async Task<Results<Accepted<CommandAccepted>, ValidationProblem, ProblemHttpResult>> RetryStalledAsync(
        string id, HttpContext http, IWorkflowQueries queries, IWorkflowCommands commands, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!InstanceId.TryParse(id, out var instanceId))
        {
            return ApiProblems.BadInstanceId();
        }

        if (await queries.GetInstanceAsync(instanceId, false, cancellationToken) is not { } request || !NetworkScope.Of(http.User).Allows(request))
        {
            return ApiProblems.InstanceNotFound();
        }

        var result = await commands.RetryStalledAsync(instanceId, cancellationToken);
        loggers.CreateLogger(LoggerName).InstanceCommand("retry", instanceId.Value, result.Outcome.ToString());
        return Answer(http.Request, instanceId, result);
    }

    // ---- Poison -------------------------------------------------------------------------------------------

    /// <summary>The refused e-mails of instances inside <paramref name="scope"/>.</summary>
    private static async Task<IReadOnlyList<FailedEmail>> InScopeAsync(NetworkScope scope, IWorkflowQueries queries, CancellationToken cancellationToken) =>
        scope.IsUnrestricted
            ? await queries.GetFailedEmailsAsync(cancellationToken)
            : [.. (await scope.FailedEmailsAsync(queries, cancellationToken)).Select(f => f.Email)];

    /// <summary>GET /api/instances/poison.</summary>
    public static async Task<Ok<IReadOnlyList<PoisonItem>>> ListPoisonAsync(HttpContext http, IWorkflowQueries queries, CancellationToken cancellationToken)
    {
        var failed = await InScopeAsync(NetworkScope.Of(http.User), queries, cancellationToken);
        IReadOnlyList<PoisonItem> items =
        [
            .. failed.Select(m => new PoisonItem(
                m.Id,
                "outbox", // On Durable Task only e-mails fail for good; timers and steps are the task hub's to retry.
                m.InstanceId,
                m.EmailId,
                m.Reason,
                m.FailedAt)),
        ];
        return TypedResults.Ok(items);
    }

    /// <summary>POST /api/instances/poison/{messageId}/retry.</summary>
    public static async Task<Results<Accepted, ValidationProblem, ProblemHttpResult>> RetryPoisonAsync(
        string messageId,
        HttpContext http,
        IWorkflowQueries queries,
        IWorkflowCommands commands,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (!MessageId().IsMatch(messageId))
        {
            return ApiProblems.Invalid("messageId", "Id di messaggio non valido / Not a message id.");
        }

        var inScope = await InScopeAsync(NetworkScope.Of(http.User), queries, cancellationToken);
        if (!inScope.Any(f => f.Id == messageId) || !await commands.RetryFailedEmailAsync(messageId, cancellationToken))
        {
            return ApiProblems.NotFound("Messaggio non trovato nella coda poison / No such poison message.");
        }

        loggers.CreateLogger(LoggerName).PoisonRetried(messageId);
        return TypedResults.Accepted((string?)null);
    }

    /// <summary>POST /api/instances/poison/retry.</summary>
    public static async Task<Ok<PoisonRetryResponse>> RetryAllPoisonAsync(HttpContext http, IWorkflowQueries queries, IWorkflowCommands commands, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var scope = NetworkScope.Of(http.User);
        var retried = 0;
        if (scope.IsUnrestricted)
        {
            retried = await commands.RetryAllFailedEmailsAsync(cancellationToken);
        }
        else
        {
            foreach (var failed in await InScopeAsync(scope, queries, cancellationToken))
            {
                retried += await commands.RetryFailedEmailAsync(failed.Id, cancellationToken) ? 1 : 0;
            }
        }

        loggers.CreateLogger(LoggerName).PoisonRetriedAll(retried);
        return TypedResults.Ok(new PoisonRetryResponse(retried));
    }

    // ---- Start --------------------------------------------------------------------------------------------

    /// <summary>POST /api/workflows/{name}.</summary>
    public static async Task<Results<Accepted<ManagementPayload>, ValidationProblem, ProblemHttpResult>> StartAsync(
        string name,
        [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
        HttpContext http,
        [FromServices] IEnumerable<IWorkflow> workflows,
        IWorkflowCommands commands,
        IWorkflowQueries queries,
        NetworkDirectory directory,
        TimeProvider time,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var workflow = name.Length > 100 ? null : workflows.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.Ordinal));
        if (workflow is null)
        {
            return ApiProblems.NotFound("Workflow sconosciuto / Unknown workflow.");
        }

        if (idempotencyKey is not null && (idempotencyKey.Length is 0 or > 200 || idempotencyKey.Any(char.IsControl)))
        {
            return ApiProblems.Invalid(IdempotencyHeader, "Idempotency-Key: da 1 a 200 caratteri stampabili / 1 to 200 printable characters.");
        }

        var body = await JsonBody.ReadAsync(http.Request, cancellationToken);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        if (body.Value is not { } input)
        {
            return ApiProblems.BadRequest("Manca l'input JSON / The JSON input is missing.");
        }

        var scope = NetworkScope.Of(http.User);
        StartResult result;
        try
        {
            if (!scope.IsUnrestricted && OutsideScope(workflow, input, scope, directory, time) is { } outside)
            {
                return outside;
            }

            result = await commands.StartAsync(name, input, new StartOptions { IdempotencyKey = idempotencyKey }, cancellationToken);
        }
        catch (JsonException)
        {
            return ApiProblems.BadRequest("L'input non ha la forma attesa dal workflow / The input does not have the shape the workflow expects.");
        }

        if (result.Rejection is { } rejection)
        {
            return ApiProblems.BadRequest(rejection);
        }

        // An Idempotency-Key that names another network's instance reveals nothing about it either.
        if (!result.Created && !scope.IsUnrestricted
            && !scope.Allows((await queries.GetInstanceAsync(result.InstanceId, false, cancellationToken))?.Tags))
        {
            return ApiProblems.DeskOutsideNetworks();
        }

        loggers.CreateLogger(LoggerName).InstanceStarted(name, result.InstanceId.Value, result.Created);
        var payload = ManagementPayload.For(BaseUri(http.Request), result.InstanceId.Value);
        http.Response.Headers.RetryAfter = "10";
        return TypedResults.Accepted(payload.StatusQueryGetUri, payload);
    }

    // ---- Helpers ------------------------------------------------------------------------------------------

    /// <summary>
    /// For a caller scoped to some networks: where the new instance would belong, by the workflow's own first decision
    /// (pure, nothing stored): its network tag must be one of the caller's, and a desk it names must be a desk of that
    /// network in the directory (the input carries the desk's network, which the caller could write either way).
    /// Null when the start may go on; a 404 ProblemDetails otherwise, as for another network's instance.
    /// </summary>
    private static ProblemHttpResult? OutsideScope(IWorkflow workflow, JsonElement input, NetworkScope scope, NetworkDirectory directory, TimeProvider time)
    {
        var first = workflow.Start(input, new DecisionContext(InstanceId.New(), time.GetUtcNow()));
        if (first.Rejection is not null)
        {
            // The runtime gives the same rejection, as a 400.
            return null;
        }

        var tags = first.Tags;
        if (!scope.Allows(tags))
        {
            return ApiProblems.DeskOutsideNetworks();
        }

        if (tags is not null && tags.TryGetValue(DeskTag, out var deskId) && deskId.Length > 0
            && directory.FindDesk(deskId)?.NetworkId != tags[NetworkScope.NetworkTag])
        {
            return ApiProblems.DeskOutsideNetworks();
        }

        return null;
    }

    private static async Task<Results<Accepted<CommandAccepted>, ValidationProblem, ProblemHttpResult>> CommandAsync(
        string command,
        string id,
        string? reason,
        HttpContext http,
        ILoggerFactory loggers,
        Func<InstanceId, string?, Task<EventResult>> run)
    {
        if (!InstanceId.TryParse(id, out var instanceId))
        {
            return ApiProblems.BadInstanceId();
        }

        if (reason is { Length: > MaxReason })
        {
            return ApiProblems.Invalid("reason", $"Motivo oltre {MaxReason} caratteri / Reason over {MaxReason} characters.");
        }

        var result = await run(instanceId, string.IsNullOrWhiteSpace(reason) ? null : reason);
        loggers.CreateLogger(LoggerName).InstanceCommand(command, instanceId.Value, result.Outcome.ToString());
        return Answer(http.Request, instanceId, result);
    }

    private static Results<Accepted<CommandAccepted>, ValidationProblem, ProblemHttpResult> Answer(HttpRequest request, InstanceId id, EventResult result) =>
        result.Outcome switch
        {
            EventOutcome.Applied => TypedResults.Accepted(
                ManagementPayload.For(BaseUri(request), id.Value).StatusQueryGetUri,
                new CommandAccepted(id.Value, result.RuntimeStatus, result.CustomStatus)),
            EventOutcome.NotFound => ApiProblems.InstanceNotFound(),
            EventOutcome.NotRunning when result.RuntimeStatus is RuntimeStatus.Completed or RuntimeStatus.Failed or RuntimeStatus.Terminated =>
                ApiProblems.Gone($"L'istanza è terminata ({result.RuntimeStatus}) / The instance has ended ({result.RuntimeStatus})."),
            _ => ApiProblems.Conflict(result.Reason ?? "Rifiutato nello stato attuale / Refused in the current state."),
        };

    private static string BaseUri(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static RouteHandlerBuilder ProducesCommandProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status410Gone);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.:-]{0,99}$")]
    private static partial Regex EventName();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex MessageId();
}
