using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Engine;
using Workflows.Steps;
using Workflows.Host.Observability;
using Workflows.Host.Retention;

namespace Workflows.Host.Functions;

/// <summary>
/// The Functions custom-handler endpoints: the host invokes the queue trigger <c>work</c> as <c>POST /work</c> and
/// the timer triggers <c>sweeper</c> and <c>retention</c> as <c>POST /sweeper</c> and <c>POST /retention</c> (the
/// function folder name is the path). They call the same <see cref="WorkItemProcessor"/>, <see cref="Sweeper"/>
/// and <see cref="PersonalDataRetention"/> the local queue listener, periodic sweeper and retention worker call.
/// </summary>
/// <remarks>
/// A 2xx answer completes the invocation (the queue message is deleted); any other answer fails it, so the
/// message comes back after the visibility timeout and, after <c>maxDequeueCount</c> deliveries, moves to the
/// poison queue. The processor poisons a message itself on its last delivery, with the reason.
/// </remarks>
public static class FunctionsEndpoints
{
    /// <summary>The queue trigger's path (function folder <c>work</c>).</summary>
    public const string WorkPath = "/work";

    /// <summary>The timer trigger's path (function folder <c>sweeper</c>).</summary>
    public const string SweeperPath = "/sweeper";

    /// <summary>The nightly timer trigger's path (function folder <c>retention</c>).</summary>
    public const string RetentionPath = "/retention";

    /// <summary>The queue trigger's binding name in <c>work/function.json</c>.</summary>
    public const string QueueBinding = "message";

    /// <summary>The timer trigger's binding name in <c>sweeper/function.json</c>.</summary>
    public const string TimerBinding = "timer";

    private const string InvocationHeader = "X-Azure-Functions-InvocationId";
    private const string LoggerName = "Workflows.Host.Functions";

    /// <summary>Maps the trigger paths, reachable only by the local Functions host.</summary>
    public static IEndpointRouteBuilder MapFunctionsEndpoints(this IEndpointRouteBuilder app)
    {
        var functions = app.MapGroup(string.Empty)
            .AddEndpointFilter<FunctionsHostOnlyFilter>()
            .ExcludeFromDescription();
        functions.MapPost(WorkPath, WorkAsync).WithName("WorkTrigger");
        functions.MapPost(SweeperPath, SweepAsync).WithName("SweeperTrigger");
        functions.MapPost(RetentionPath, RetentionAsync).WithName("RetentionTrigger");
        return app;
    }

    /// <summary>The queue trigger: hands the message to the <see cref="WorkItemProcessor"/>.</summary>
    public static async Task<JsonHttpResult<InvocationResult>> WorkAsync(
        HttpContext http,
        WorkItemProcessor processor,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(LoggerName);
        var invocationId = InvocationId(http);
        var root = await ReadBodyAsync(http.Request, cancellationToken);
        var message = string.Empty;
        var dequeueCount = 1L;
        var problem = "body is not JSON";
        if (root is null || !TriggerPayload.TryReadQueue(root.Value, QueueBinding, out message, out dequeueCount, out problem))
        {
            logger.PayloadRejected(invocationId, WorkPath, problem);
            return Answer(StatusCodes.Status400BadRequest, $"Payload not understood: {problem}.");
        }

        try
        {
            var outcome = await processor.HandleAsync(message, dequeueCount, cancellationToken);
            logger.WorkItemHandled(invocationId, outcome.ToString(), dequeueCount);
            return Answer(StatusCodes.Status200OK, $"Work item {outcome.ToString().ToLowerInvariant()} on delivery {dequeueCount.ToString(CultureInfo.InvariantCulture)}.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The type only: exception messages can carry storage URLs or data from the instance.
            logger.WorkItemFailed(invocationId, ex.GetType().Name, dequeueCount, ex);
            return Answer(StatusCodes.Status500InternalServerError, $"Work item failed on delivery {dequeueCount.ToString(CultureInfo.InvariantCulture)}: {ex.GetType().Name}.");
        }
    }

    /// <summary>The timer trigger: runs the <see cref="Sweeper"/> once.</summary>
    public static async Task<JsonHttpResult<InvocationResult>> SweepAsync(
        HttpContext http,
        Sweeper sweeper,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(LoggerName);
        var invocationId = InvocationId(http);

        // The timer info is only informative: a sweep needs no input, so an odd or missing payload still sweeps.
        var root = await ReadBodyAsync(http.Request, cancellationToken);
        var pastDue = root is { } r && TriggerPayload.ReadTimerPastDue(r, TimerBinding);
        try
        {
            var count = await sweeper.SweepAsync(cancellationToken: cancellationToken);
            logger.SweepHandled(invocationId, count, pastDue);
            return Answer(StatusCodes.Status200OK, $"Swept {count.ToString(CultureInfo.InvariantCulture)} due items.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.SweepFailed(invocationId, ex.GetType().Name, ex);
            return Answer(StatusCodes.Status500InternalServerError, $"Sweep failed: {ex.GetType().Name}.");
        }
    }

    /// <summary>The nightly timer trigger: erases the personal data that are due (<see cref="PersonalDataRetention"/>).</summary>
    public static async Task<JsonHttpResult<InvocationResult>> RetentionAsync(
        HttpContext http,
        PersonalDataRetention retention,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var invocationId = InvocationId(http);
        try
        {
            var count = await retention.RunAsync(cancellationToken);
            return Answer(StatusCodes.Status200OK, $"Erased the personal data of {count.ToString(CultureInfo.InvariantCulture)} ended instances.");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            loggers.CreateLogger(LoggerName).RetentionFailed(invocationId, ex.GetType().Name, ex);
            return Answer(StatusCodes.Status500InternalServerError, $"Retention run failed: {ex.GetType().Name}.");
        }
    }

    private static async Task<JsonElement?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonHttpResult<InvocationResult> Answer(int status, string log) =>
        TypedResults.Json(InvocationResult.WithLogs(log), InvocationResult.JsonOptions, statusCode: status);

    private static string InvocationId(HttpContext http) =>
        http.Request.Headers[InvocationHeader].FirstOrDefault() is { Length: > 0 and <= 64 } id && Guid.TryParse(id, out var guid)
            ? guid.ToString()
            : "-";
}
