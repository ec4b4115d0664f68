using System.Net.Sockets;
using Azure;
using Microsoft.AspNetCore.Diagnostics;

namespace Workflows.Host.Observability;

/// <summary>
/// Storage that does not answer (stopped, unreachable, timing out, or failing with 5xx) is an outage, not a bug:
/// pages answer 503 with the Italian "temporarily unavailable" page and <c>Retry-After</c>, the API a 503
/// ProblemDetails with <c>Retry-After</c>, and <c>/readyz</c> says so (<see cref="StorageHealthCheck"/>).
/// </summary>
public static class StorageOutage
{
    /// <summary>Seconds a client is asked to wait.</summary>
    public const int RetryAfterSeconds = 30;

    /// <summary>True when <paramref name="exception"/> (or one it wraps) says storage is out of reach.</summary>
    public static bool IsOutage(Exception? exception) => exception switch
    {
        null => false,
        RequestFailedException failed => failed.Status is 0 or >= 500 || IsOutage(failed.InnerException),
        HttpRequestException or SocketException or TimeoutException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsOutage),
        _ => IsOutage(exception.InnerException),
    };

    /// <summary>
    /// Pages outside <c>/api</c>: a storage outage that reaches the top becomes an empty 503 with <c>Retry-After</c>,
    /// which the friendly status pages then render (for browsers). Call it after the status-code pages.
    /// </summary>
    public static WebApplication UseStorageOutagePages(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (IsOutage(ex) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested
                && !context.Request.Path.StartsWithSegments("/api"))
            {
                context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageOutage).FullName!).StorageUnavailable(ex.GetType().Name);
                context.Response.Clear();
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        });
        return app;
    }

    /// <summary>The API's status for an unhandled exception: 503 for an outage, 400 for a bad request, else 500.</summary>
    internal static int ApiStatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        _ when IsOutage(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>Completes a 503 ProblemDetails of the API: the wait and an explanation (no exception text).</summary>
    internal static void Describe(Microsoft.AspNetCore.Http.ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status == StatusCodes.Status503ServiceUnavailable
            && context.HttpContext.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.ProblemDetails.Title = "Service Unavailable";
            context.ProblemDetails.Detail = "Archivio temporaneamente non raggiungibile: riprovare tra poco; nulla di già registrato è andato perso / Storage is temporarily unreachable: try again shortly; nothing already recorded was lost.";
        }
    }
}
