using System.Diagnostics;

namespace Workflows.Host.Observability;

/// <summary>
/// The request log, in place of ASP.NET Core's hosting log (switched off in <see cref="Extensions.ServiceDefaults"/>):
/// the same line per request and the same <c>RequestId</c>/<c>RequestPath</c> scope around everything logged
/// while it runs, but with the path's secrets removed (<see cref="SensitiveUrls"/>) and no query string.
/// </summary>
public static class RequestLog
{
    /// <summary>The category the lines are written under.</summary>
    public const string Category = "Workflows.Host.Requests";

    /// <summary>Adds the middleware; call it first, right after the forwarded headers.</summary>
    public static WebApplication UseRequestLog(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        app.Use(async (context, next) =>
        {
            var path = SensitiveUrls.RedactPath(context.Request.PathBase + context.Request.Path);
            using var scope = logger.BeginScope(new KeyValuePair<string, object>[]
            {
                new("RequestId", context.TraceIdentifier),
                new("RequestPath", path),
            });
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                logger.RequestAnswered(context.Request.Method, path, context.Response.StatusCode, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
        return app;
    }
}
