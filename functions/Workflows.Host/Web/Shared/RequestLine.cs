namespace Workflows.Host.Web.Shared;

/// <summary>
/// One console line per request in Development (the framework's own request logs are turned down to warnings there):
/// method, route pattern, status and time. The route pattern, never the path, so an action link's token or a
/// sign-in token never reaches a log.
/// </summary>
internal static class RequestLine
{
    /// <summary>The log category of the lines.</summary>
    public const string Category = "Workflows.Host.Requests";

    /// <summary>The middleware.</summary>
    public static async Task LogAsync(HttpContext context, RequestDelegate next)
    {
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        var started = time.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
            if (logger.IsEnabled(LogLevel.Information))
            {
                var route = context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } raw } ? "/" + raw.TrimStart('/') : "-";
                var milliseconds = (long)time.GetElapsedTime(started).TotalMilliseconds;
                logger.Request(context.Request.Method, route, context.Response.StatusCode, milliseconds);
            }
        }
    }
}
